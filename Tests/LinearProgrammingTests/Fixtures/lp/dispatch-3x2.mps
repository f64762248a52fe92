NAME        dispatch-3x2
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b1@0
 E  soc_s0@0
 L  reserve@0
 G  mustrun@0
 E  bal_b0@1
 E  bal_b1@1
 L  ramp_g0@1
 L  ramp_g2@1
 L  ramp_g3@1
 E  soc_s0@1
 L  reserve@1
 G  mustrun@1
 E  bal_b0@2
 E  bal_b1@2
 L  ramp_g0@2
 L  ramp_g2@2
 L  ramp_g3@2
 E  soc_s0@2
 L  reserve@2
 G  mustrun@2
COLUMNS
    p_g0@0    Obj       32.02
    p_g0@0    bal_b0@0  1
    p_g0@0    reserve@0  1
    p_g0@0    ramp_g0@1  -1
    p_g1@0    Obj       54.3
    p_g1@0    bal_b0@0  1
    p_g2@0    Obj       47.37
    p_g2@0    bal_b1@0  1
    p_g2@0    reserve@0  1
    p_g2@0    mustrun@0  1
    p_g2@0    ramp_g2@1  -1
    p_g3@0    Obj       27.37
    p_g3@0    bal_b1@0  1
    p_g3@0    reserve@0  1
    p_g3@0    mustrun@0  1
    p_g3@0    ramp_g3@1  -1
    imp@0     Obj       54.96
    imp@0     bal_b1@0  1
    f_l0@0    bal_b0@0  -1
    f_l0@0    bal_b1@0  1
    ch_s0@0   bal_b1@0  -1
    ch_s0@0   soc_s0@0  -0.9038
    dis_s0@0  Obj       0.1
    dis_s0@0  bal_b1@0  1
    dis_s0@0  soc_s0@0  1.1348
    soc_s0@0  soc_s0@0  1
    soc_s0@0  soc_s0@1  -0.9991
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    shed_b1@0  Obj       10000
    shed_b1@0  bal_b1@0  1
    p_g0@1    Obj       32.02
    p_g0@1    bal_b0@1  1
    p_g0@1    ramp_g0@1  1
    p_g0@1    reserve@1  1
    p_g0@1    ramp_g0@2  -1
    p_g1@1    Obj       54.3
    p_g1@1    bal_b0@1  1
    p_g2@1    Obj       47.37
    p_g2@1    bal_b1@1  1
    p_g2@1    ramp_g2@1  1
    p_g2@1    reserve@1  1
    p_g2@1    mustrun@1  1
    p_g2@1    ramp_g2@2  -1
    p_g3@1    Obj       27.37
    p_g3@1    bal_b1@1  1
    p_g3@1    ramp_g3@1  1
    p_g3@1    reserve@1  1
    p_g3@1    mustrun@1  1
    p_g3@1    ramp_g3@2  -1
    imp@1     Obj       54.96
    imp@1     bal_b1@1  1
    f_l0@1    bal_b0@1  -1
    f_l0@1    bal_b1@1  1
    ch_s0@1   bal_b1@1  -1
    ch_s0@1   soc_s0@1  -0.9038
    dis_s0@1  Obj       0.1
    dis_s0@1  bal_b1@1  1
    dis_s0@1  soc_s0@1  1.1348
    soc_s0@1  soc_s0@1  1
    soc_s0@1  soc_s0@2  -0.9991
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    shed_b1@1  Obj       10000
    shed_b1@1  bal_b1@1  1
    p_g0@2    Obj       32.02
    p_g0@2    bal_b0@2  1
    p_g0@2    ramp_g0@2  1
    p_g0@2    reserve@2  1
    p_g1@2    Obj       54.3
    p_g1@2    bal_b0@2  1
    p_g2@2    Obj       47.37
    p_g2@2    bal_b1@2  1
    p_g2@2    ramp_g2@2  1
    p_g2@2    reserve@2  1
    p_g2@2    mustrun@2  1
    p_g3@2    Obj       27.37
    p_g3@2    bal_b1@2  1
    p_g3@2    ramp_g3@2  1
    p_g3@2    reserve@2  1
    p_g3@2    mustrun@2  1
    imp@2     Obj       54.96
    imp@2     bal_b1@2  1
    f_l0@2    bal_b0@2  -1
    f_l0@2    bal_b1@2  1
    ch_s0@2   bal_b1@2  -1
    ch_s0@2   soc_s0@2  -0.9038
    dis_s0@2  Obj       0.1
    dis_s0@2  bal_b1@2  1
    dis_s0@2  soc_s0@2  1.1348
    soc_s0@2  soc_s0@2  1
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    shed_b1@2  Obj       10000
    shed_b1@2  bal_b1@2  1
RHS
    RHS_V     bal_b0@0  70.91
    RHS_V     bal_b1@0  78.89
    RHS_V     soc_s0@0  140.4934
    RHS_V     reserve@0  172.76
    RHS_V     mustrun@0  34.44
    RHS_V     bal_b0@1  70.46
    RHS_V     bal_b1@1  77.36
    RHS_V     ramp_g0@1  26.69
    RHS_V     ramp_g2@1  20.44
    RHS_V     ramp_g3@1  19.86
    RHS_V     reserve@1  171.12
    RHS_V     mustrun@1  34.44
    RHS_V     bal_b0@2  81.36
    RHS_V     bal_b1@2  90.02
    RHS_V     ramp_g0@2  26.69
    RHS_V     ramp_g2@2  20.44
    RHS_V     ramp_g3@2  19.86
    RHS_V     reserve@2  171.86
    RHS_V     mustrun@2  34.44
RANGES
    RANGE     ramp_g0@1  53.38
    RANGE     ramp_g2@1  40.88
    RANGE     ramp_g3@1  39.72
    RANGE     ramp_g0@2  53.38
    RANGE     ramp_g2@2  40.88
    RANGE     ramp_g3@2  39.72
BOUNDS
 UP BOUND     p_g0@0    73.37
 FX BOUND     p_g1@0    6.73
 LO BOUND     p_g2@0    14.79
 UP BOUND     p_g2@0    66.01
 UP BOUND     p_g3@0    60.11
 MI BOUND     imp@0   
 UP BOUND     imp@0     33.04
 FR BOUND     f_l0@0  
 UP BOUND     ch_s0@0   70.31
 UP BOUND     dis_s0@0  70.31
 UP BOUND     soc_s0@0  281.23
 UP BOUND     p_g0@1    75.1
 FX BOUND     p_g1@1    6.14
 LO BOUND     p_g2@1    14.79
 UP BOUND     p_g2@1    66.68
 UP BOUND     p_g3@1    55.65
 MI BOUND     imp@1   
 UP BOUND     imp@1     33.04
 FR BOUND     f_l0@1  
 UP BOUND     ch_s0@1   70.31
 UP BOUND     dis_s0@1  70.31
 UP BOUND     soc_s0@1  281.23
 UP BOUND     p_g0@2    76.94
 FX BOUND     p_g1@2    7.22
 LO BOUND     p_g2@2    14.79
 UP BOUND     p_g2@2    59.14
 UP BOUND     p_g3@2    62.28
 MI BOUND     imp@2   
 UP BOUND     imp@2     33.04
 FR BOUND     f_l0@2  
 UP BOUND     ch_s0@2   70.31
 UP BOUND     dis_s0@2  70.31
 UP BOUND     soc_s0@2  281.23
ENDATA
