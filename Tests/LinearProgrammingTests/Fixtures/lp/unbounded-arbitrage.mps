NAME        unbounded-arbitrage
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b0@1
 L  ramp_g0@1
 E  bal_b0@2
 L  ramp_g0@2
 E  bal_b0@3
 L  ramp_g0@3
 E  bal_b0@4
 L  ramp_g0@4
COLUMNS
    p_g0@0    Obj       30
    p_g0@0    bal_b0@0  1
    p_g0@0    ramp_g0@1  -1
    buy@0     Obj       200
    buy@0     bal_b0@0  1
    sell@0    Obj       -250
    sell@0    bal_b0@0  -1
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    p_g0@1    Obj       30
    p_g0@1    bal_b0@1  1
    p_g0@1    ramp_g0@1  1
    p_g0@1    ramp_g0@2  -1
    buy@1     Obj       200
    buy@1     bal_b0@1  1
    sell@1    Obj       -250
    sell@1    bal_b0@1  -1
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    p_g0@2    Obj       30
    p_g0@2    bal_b0@2  1
    p_g0@2    ramp_g0@2  1
    p_g0@2    ramp_g0@3  -1
    buy@2     Obj       200
    buy@2     bal_b0@2  1
    sell@2    Obj       -250
    sell@2    bal_b0@2  -1
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    p_g0@3    Obj       30
    p_g0@3    bal_b0@3  1
    p_g0@3    ramp_g0@3  1
    p_g0@3    ramp_g0@4  -1
    buy@3     Obj       200
    buy@3     bal_b0@3  1
    sell@3    Obj       -250
    sell@3    bal_b0@3  -1
    shed_b0@3  Obj       10000
    shed_b0@3  bal_b0@3  1
    p_g0@4    Obj       30
    p_g0@4    bal_b0@4  1
    p_g0@4    ramp_g0@4  1
    buy@4     Obj       200
    buy@4     bal_b0@4  1
    sell@4    Obj       -250
    sell@4    bal_b0@4  -1
    shed_b0@4  Obj       10000
    shed_b0@4  bal_b0@4  1
RHS
    RHS_V     bal_b0@0  50
    RHS_V     bal_b0@1  50
    RHS_V     ramp_g0@1  20
    RHS_V     bal_b0@2  50
    RHS_V     ramp_g0@2  20
    RHS_V     bal_b0@3  50
    RHS_V     ramp_g0@3  20
    RHS_V     bal_b0@4  50
    RHS_V     ramp_g0@4  20
RANGES
    RANGE     ramp_g0@1  40
    RANGE     ramp_g0@2  40
    RANGE     ramp_g0@3  40
    RANGE     ramp_g0@4  40
BOUNDS
 UP BOUND     p_g0@0    60
 UP BOUND     p_g0@1    60
 UP BOUND     p_g0@2    60
 UP BOUND     p_g0@3    60
 UP BOUND     p_g0@4    60
ENDATA
