* A fixed-format LP with spaces in names; expected values are in MPSTests.swift.
NAME          FIXED LP
OBJSENSE MIN
ROWS
 N  OBJ ROW
 L  LIMIT 1
 G  LIMIT 2
 E  BAL ANCE
COLUMNS
    X ONE     OBJ ROW              1   LIMIT 1              1
    X ONE     LIMIT 2              1
    X TWO     OBJ ROW            2.5   BAL ANCE             1
    X TWO     LIMIT 1             -1
    Z         LIMIT 2              3
RHS
    RHS 1     LIMIT 1             10   LIMIT 2              2
    RHS 1     BAL ANCE             3   OBJ ROW             -5
              LIMIT 2             77
RANGES
    RNG       LIMIT 1              4
BOUNDS
 UP BND 1     X ONE                8
 MI BND 1     X TWO
 UP BND 1     Z                   -4
ENDATA
