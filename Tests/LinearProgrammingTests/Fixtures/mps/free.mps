* A small LP in free MPS that uses every supported section.
* Expected values are spelled out in MPSTests.swift.
NAME          TESTLP
OBJSENSE
    MAX
ROWS
 N  COST
 E  EQPOS
 E  EQNEG
 L  LIM
 G  LOW
 L  LRANGE
 G  GRANGE
 E  EQZERO
 G  NORHS
 N  OTHER

COLUMNS
    X1        COST      1.5          EQPOS     1
    X1        LIM       2            OTHER     7
    X2        COST      -2           EQNEG     3
    X2        LOW       1
    X3        LRANGE    4            GRANGE    -1
    X3        EQZERO    1            LIM       0
    X4        COST      1            NORHS     1
    X5        LOW       2.5e-1
    X6        GRANGE    1
    X7        COST      0
    X8        EQPOS     1
    X9        EQPOS     1
RHS
    RHS       COST      10           EQPOS     4
    RHS       EQNEG     -3           LIM       8
    RHS       LOW       1            LRANGE    6
    RHS       GRANGE    2            OTHER     99
    RHS       EQZERO    5
    RHS2      LIM       1000
RANGES
    RNG       EQPOS     2            EQNEG     -1.5
    RNG       LRANGE    -4           GRANGE    3
    RNG       OTHER     1
BOUNDS
 UP BND       X1        4
 LO BND       X2        -1
 UP BND       X2        1e30
 FX BND       X3        2
 FR BND       X4
 MI BND       X5
 UP BND       X5        3
 PL BND       X6
 UP BND       X7        -2
 LO BND       X8        0
 UP BND       X8        -1
 LO BND       X9        -1e30
 UP BND2      X1        100
ENDATA
