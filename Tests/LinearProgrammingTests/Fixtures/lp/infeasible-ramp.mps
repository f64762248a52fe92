NAME        infeasible-ramp
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b0@1
 E  bal_b0@2
 E  bal_b0@3
 E  bal_b1@0
 E  bal_b1@1
 L  ramp_g1@1
 E  bal_b1@2
 L  ramp_g1@2
 E  bal_b1@3
 L  ramp_g1@3
 G  mustrun@2
COLUMNS
    p_g0@0    Obj       20
    p_g0@0    bal_b0@0  1
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    p_g0@1    Obj       20
    p_g0@1    bal_b0@1  1
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    p_g0@2    Obj       20
    p_g0@2    bal_b0@2  1
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    p_g0@3    Obj       20
    p_g0@3    bal_b0@3  1
    shed_b0@3  Obj       10000
    shed_b0@3  bal_b0@3  1
    p_g1@0    Obj       30
    p_g1@0    bal_b1@0  1
    p_g1@0    ramp_g1@1  -1
    shed_b1@0  Obj       10000
    shed_b1@0  bal_b1@0  1
    p_g1@1    Obj       30
    p_g1@1    bal_b1@1  1
    p_g1@1    ramp_g1@1  1
    p_g1@1    ramp_g1@2  -1
    shed_b1@1  Obj       10000
    shed_b1@1  bal_b1@1  1
    p_g1@2    Obj       30
    p_g1@2    bal_b1@2  1
    p_g1@2    ramp_g1@2  1
    p_g1@2    ramp_g1@3  -1
    p_g1@2    mustrun@2  1
    shed_b1@2  Obj       10000
    shed_b1@2  bal_b1@2  1
    p_g1@3    Obj       30
    p_g1@3    bal_b1@3  1
    p_g1@3    ramp_g1@3  1
    shed_b1@3  Obj       10000
    shed_b1@3  bal_b1@3  1
RHS
    RHS_V     bal_b0@0  90
    RHS_V     bal_b0@1  90
    RHS_V     bal_b0@2  90
    RHS_V     bal_b0@3  90
    RHS_V     bal_b1@0  40
    RHS_V     bal_b1@1  40
    RHS_V     ramp_g1@1  10
    RHS_V     bal_b1@2  40
    RHS_V     ramp_g1@2  10
    RHS_V     bal_b1@3  40
    RHS_V     ramp_g1@3  10
    RHS_V     mustrun@2  35
RANGES
    RANGE     ramp_g1@1  20
    RANGE     ramp_g1@2  20
    RANGE     ramp_g1@3  20
BOUNDS
 UP BOUND     p_g0@0    100
 UP BOUND     p_g0@1    100
 LO BOUND     p_g0@2    80
 UP BOUND     p_g0@2    100
 LO BOUND     p_g0@3    80
 UP BOUND     p_g0@3    100
 UP BOUND     p_g1@0    60
 FX BOUND     p_g1@1    0
 UP BOUND     p_g1@2    60
 UP BOUND     p_g1@3    60
ENDATA
