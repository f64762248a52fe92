NAME        dispatch-6x3
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b1@0
 E  bal_b2@0
 L  reserve@0
 G  mustrun@0
 E  bal_b0@1
 E  bal_b1@1
 E  bal_b2@1
 L  ramp_g0@1
 L  ramp_g2@1
 L  ramp_g3@1
 L  ramp_g4@1
 L  ramp_g5@1
 E  soc_s0@1
 L  reserve@1
 G  mustrun@1
 E  bal_b0@2
 E  bal_b1@2
 E  bal_b2@2
 L  ramp_g0@2
 L  ramp_g2@2
 L  ramp_g3@2
 L  ramp_g4@2
 L  ramp_g5@2
 E  soc_s0@2
 L  reserve@2
 G  mustrun@2
 E  bal_b0@3
 E  bal_b1@3
 E  bal_b2@3
 L  ramp_g0@3
 L  ramp_g2@3
 L  ramp_g3@3
 L  ramp_g4@3
 L  ramp_g5@3
 E  soc_s0@3
 L  reserve@3
 G  mustrun@3
 E  bal_b0@4
 E  bal_b1@4
 E  bal_b2@4
 L  ramp_g0@4
 L  ramp_g2@4
 L  ramp_g3@4
 L  ramp_g4@4
 L  ramp_g5@4
 E  soc_s0@4
 L  reserve@4
 G  mustrun@4
 E  bal_b0@5
 E  bal_b1@5
 E  bal_b2@5
 L  ramp_g0@5
 L  ramp_g2@5
 L  ramp_g3@5
 L  ramp_g4@5
 L  ramp_g5@5
 E  soc_s0@5
 L  reserve@5
 G  mustrun@5
 E  soc_cyclic_s0
COLUMNS
    p_g0@0    Obj       26.11
    p_g0@0    bal_b0@0  1
    p_g0@0    reserve@0  1
    p_g0@0    ramp_g0@1  -1
    p_g1@0    Obj       52.89
    p_g1@0    bal_b0@0  1
    p_g2@0    Obj       45.92
    p_g2@0    bal_b1@0  1
    p_g2@0    reserve@0  1
    p_g2@0    ramp_g2@1  -1
    p_g3@0    Obj       15.46
    p_g3@0    bal_b1@0  1
    p_g3@0    reserve@0  1
    p_g3@0    ramp_g3@1  -1
    p_g4@0    Obj       21.64
    p_g4@0    bal_b2@0  1
    p_g4@0    mustrun@0  1
    p_g4@0    ramp_g4@1  -1
    p_g5@0    Obj       15.7
    p_g5@0    bal_b2@0  1
    p_g5@0    mustrun@0  1
    p_g5@0    ramp_g5@1  -1
    imp@0     Obj       45.35
    imp@0     bal_b2@0  1
    f_l0@0    bal_b0@0  -1
    f_l0@0    bal_b1@0  1
    f_l1@0    bal_b1@0  -1
    f_l1@0    bal_b2@0  1
    f_l2@0    bal_b0@0  -1
    f_l2@0    bal_b2@0  1
    ch_s0@0   bal_b0@0  -1
    ch_s0@0   soc_cyclic_s0  -0.8972
    dis_s0@0  Obj       0.1
    dis_s0@0  bal_b0@0  1
    dis_s0@0  soc_cyclic_s0  1.0722
    soc_s0@0  soc_s0@1  -0.999
    soc_s0@0  soc_cyclic_s0  1
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    shed_b1@0  Obj       10000
    shed_b1@0  bal_b1@0  1
    shed_b2@0  Obj       10000
    shed_b2@0  bal_b2@0  1
    p_g0@1    Obj       26.11
    p_g0@1    bal_b0@1  1
    p_g0@1    ramp_g0@1  1
    p_g0@1    reserve@1  1
    p_g0@1    ramp_g0@2  -1
    p_g1@1    Obj       52.89
    p_g1@1    bal_b0@1  1
    p_g2@1    Obj       45.92
    p_g2@1    bal_b1@1  1
    p_g2@1    ramp_g2@1  1
    p_g2@1    reserve@1  1
    p_g2@1    ramp_g2@2  -1
    p_g3@1    Obj       15.46
    p_g3@1    bal_b1@1  1
    p_g3@1    ramp_g3@1  1
    p_g3@1    reserve@1  1
    p_g3@1    ramp_g3@2  -1
    p_g4@1    Obj       21.64
    p_g4@1    bal_b2@1  1
    p_g4@1    ramp_g4@1  1
    p_g4@1    mustrun@1  1
    p_g4@1    ramp_g4@2  -1
    p_g5@1    Obj       15.7
    p_g5@1    bal_b2@1  1
    p_g5@1    ramp_g5@1  1
    p_g5@1    mustrun@1  1
    p_g5@1    ramp_g5@2  -1
    imp@1     Obj       45.35
    imp@1     bal_b2@1  1
    f_l0@1    bal_b0@1  -1
    f_l0@1    bal_b1@1  1
    f_l1@1    bal_b1@1  -1
    f_l1@1    bal_b2@1  1
    f_l2@1    bal_b0@1  -1
    f_l2@1    bal_b2@1  1
    ch_s0@1   bal_b0@1  -1
    ch_s0@1   soc_s0@1  -0.8972
    dis_s0@1  Obj       0.1
    dis_s0@1  bal_b0@1  1
    dis_s0@1  soc_s0@1  1.0722
    soc_s0@1  soc_s0@1  1
    soc_s0@1  soc_s0@2  -0.999
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    shed_b1@1  Obj       10000
    shed_b1@1  bal_b1@1  1
    shed_b2@1  Obj       10000
    shed_b2@1  bal_b2@1  1
    p_g0@2    Obj       26.11
    p_g0@2    bal_b0@2  1
    p_g0@2    ramp_g0@2  1
    p_g0@2    reserve@2  1
    p_g0@2    ramp_g0@3  -1
    p_g1@2    Obj       52.89
    p_g1@2    bal_b0@2  1
    p_g2@2    Obj       45.92
    p_g2@2    bal_b1@2  1
    p_g2@2    ramp_g2@2  1
    p_g2@2    reserve@2  1
    p_g2@2    ramp_g2@3  -1
    p_g3@2    Obj       15.46
    p_g3@2    bal_b1@2  1
    p_g3@2    ramp_g3@2  1
    p_g3@2    reserve@2  1
    p_g3@2    ramp_g3@3  -1
    p_g4@2    Obj       21.64
    p_g4@2    bal_b2@2  1
    p_g4@2    ramp_g4@2  1
    p_g4@2    mustrun@2  1
    p_g4@2    ramp_g4@3  -1
    p_g5@2    Obj       15.7
    p_g5@2    bal_b2@2  1
    p_g5@2    ramp_g5@2  1
    p_g5@2    mustrun@2  1
    p_g5@2    ramp_g5@3  -1
    imp@2     Obj       45.35
    imp@2     bal_b2@2  1
    f_l0@2    bal_b0@2  -1
    f_l0@2    bal_b1@2  1
    f_l1@2    bal_b1@2  -1
    f_l1@2    bal_b2@2  1
    f_l2@2    bal_b0@2  -1
    f_l2@2    bal_b2@2  1
    ch_s0@2   bal_b0@2  -1
    ch_s0@2   soc_s0@2  -0.8972
    dis_s0@2  Obj       0.1
    dis_s0@2  bal_b0@2  1
    dis_s0@2  soc_s0@2  1.0722
    soc_s0@2  soc_s0@2  1
    soc_s0@2  soc_s0@3  -0.999
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    shed_b1@2  Obj       10000
    shed_b1@2  bal_b1@2  1
    shed_b2@2  Obj       10000
    shed_b2@2  bal_b2@2  1
    p_g0@3    Obj       26.11
    p_g0@3    bal_b0@3  1
    p_g0@3    ramp_g0@3  1
    p_g0@3    reserve@3  1
    p_g0@3    ramp_g0@4  -1
    p_g1@3    Obj       52.89
    p_g1@3    bal_b0@3  1
    p_g2@3    Obj       45.92
    p_g2@3    bal_b1@3  1
    p_g2@3    ramp_g2@3  1
    p_g2@3    reserve@3  1
    p_g2@3    ramp_g2@4  -1
    p_g3@3    Obj       15.46
    p_g3@3    bal_b1@3  1
    p_g3@3    ramp_g3@3  1
    p_g3@3    reserve@3  1
    p_g3@3    ramp_g3@4  -1
    p_g4@3    Obj       21.64
    p_g4@3    bal_b2@3  1
    p_g4@3    ramp_g4@3  1
    p_g4@3    mustrun@3  1
    p_g4@3    ramp_g4@4  -1
    p_g5@3    Obj       15.7
    p_g5@3    bal_b2@3  1
    p_g5@3    ramp_g5@3  1
    p_g5@3    mustrun@3  1
    p_g5@3    ramp_g5@4  -1
    imp@3     Obj       45.35
    imp@3     bal_b2@3  1
    f_l0@3    bal_b0@3  -1
    f_l0@3    bal_b1@3  1
    f_l1@3    bal_b1@3  -1
    f_l1@3    bal_b2@3  1
    f_l2@3    bal_b0@3  -1
    f_l2@3    bal_b2@3  1
    ch_s0@3   bal_b0@3  -1
    ch_s0@3   soc_s0@3  -0.8972
    dis_s0@3  Obj       0.1
    dis_s0@3  bal_b0@3  1
    dis_s0@3  soc_s0@3  1.0722
    soc_s0@3  soc_s0@3  1
    soc_s0@3  soc_s0@4  -0.999
    shed_b0@3  Obj       10000
    shed_b0@3  bal_b0@3  1
    shed_b1@3  Obj       10000
    shed_b1@3  bal_b1@3  1
    shed_b2@3  Obj       10000
    shed_b2@3  bal_b2@3  1
    p_g0@4    Obj       26.11
    p_g0@4    bal_b0@4  1
    p_g0@4    ramp_g0@4  1
    p_g0@4    reserve@4  1
    p_g0@4    ramp_g0@5  -1
    p_g1@4    Obj       52.89
    p_g1@4    bal_b0@4  1
    p_g2@4    Obj       45.92
    p_g2@4    bal_b1@4  1
    p_g2@4    ramp_g2@4  1
    p_g2@4    reserve@4  1
    p_g2@4    ramp_g2@5  -1
    p_g3@4    Obj       15.46
    p_g3@4    bal_b1@4  1
    p_g3@4    ramp_g3@4  1
    p_g3@4    reserve@4  1
    p_g3@4    ramp_g3@5  -1
    p_g4@4    Obj       21.64
    p_g4@4    bal_b2@4  1
    p_g4@4    ramp_g4@4  1
    p_g4@4    mustrun@4  1
    p_g4@4    ramp_g4@5  -1
    p_g5@4    Obj       15.7
    p_g5@4    bal_b2@4  1
    p_g5@4    ramp_g5@4  1
    p_g5@4    mustrun@4  1
    p_g5@4    ramp_g5@5  -1
    imp@4     Obj       45.35
    imp@4     bal_b2@4  1
    f_l0@4    bal_b0@4  -1
    f_l0@4    bal_b1@4  1
    f_l1@4    bal_b1@4  -1
    f_l1@4    bal_b2@4  1
    f_l2@4    bal_b0@4  -1
    f_l2@4    bal_b2@4  1
    ch_s0@4   bal_b0@4  -1
    ch_s0@4   soc_s0@4  -0.8972
    dis_s0@4  Obj       0.1
    dis_s0@4  bal_b0@4  1
    dis_s0@4  soc_s0@4  1.0722
    soc_s0@4  soc_s0@4  1
    soc_s0@4  soc_s0@5  -0.999
    shed_b0@4  Obj       10000
    shed_b0@4  bal_b0@4  1
    shed_b1@4  Obj       10000
    shed_b1@4  bal_b1@4  1
    shed_b2@4  Obj       10000
    shed_b2@4  bal_b2@4  1
    p_g0@5    Obj       26.11
    p_g0@5    bal_b0@5  1
    p_g0@5    ramp_g0@5  1
    p_g0@5    reserve@5  1
    p_g1@5    Obj       52.89
    p_g1@5    bal_b0@5  1
    p_g2@5    Obj       45.92
    p_g2@5    bal_b1@5  1
    p_g2@5    ramp_g2@5  1
    p_g2@5    reserve@5  1
    p_g3@5    Obj       15.46
    p_g3@5    bal_b1@5  1
    p_g3@5    ramp_g3@5  1
    p_g3@5    reserve@5  1
    p_g4@5    Obj       21.64
    p_g4@5    bal_b2@5  1
    p_g4@5    ramp_g4@5  1
    p_g4@5    mustrun@5  1
    p_g5@5    Obj       15.7
    p_g5@5    bal_b2@5  1
    p_g5@5    ramp_g5@5  1
    p_g5@5    mustrun@5  1
    imp@5     Obj       45.35
    imp@5     bal_b2@5  1
    f_l0@5    bal_b0@5  -1
    f_l0@5    bal_b1@5  1
    f_l1@5    bal_b1@5  -1
    f_l1@5    bal_b2@5  1
    f_l2@5    bal_b0@5  -1
    f_l2@5    bal_b2@5  1
    ch_s0@5   bal_b0@5  -1
    ch_s0@5   soc_s0@5  -0.8972
    dis_s0@5  Obj       0.1
    dis_s0@5  bal_b0@5  1
    dis_s0@5  soc_s0@5  1.0722
    soc_s0@5  soc_s0@5  1
    soc_s0@5  soc_cyclic_s0  -0.999
    shed_b0@5  Obj       10000
    shed_b0@5  bal_b0@5  1
    shed_b1@5  Obj       10000
    shed_b1@5  bal_b1@5  1
    shed_b2@5  Obj       10000
    shed_b2@5  bal_b2@5  1
RHS
    RHS_V     bal_b0@0  61.77
    RHS_V     bal_b1@0  90.18
    RHS_V     bal_b2@0  49.83
    RHS_V     reserve@0  191.76
    RHS_V     mustrun@0  29.77
    RHS_V     bal_b0@1  59.38
    RHS_V     bal_b1@1  87.96
    RHS_V     bal_b2@1  50.82
    RHS_V     ramp_g0@1  17.87
    RHS_V     ramp_g2@1  16.05
    RHS_V     ramp_g3@1  14.68
    RHS_V     ramp_g4@1  24.64
    RHS_V     ramp_g5@1  18.57
    RHS_V     reserve@1  188.95
    RHS_V     mustrun@1  29.77
    RHS_V     bal_b0@2  49.34
    RHS_V     bal_b1@2  87.22
    RHS_V     bal_b2@2  50.03
    RHS_V     ramp_g0@2  17.87
    RHS_V     ramp_g2@2  16.05
    RHS_V     ramp_g3@2  14.68
    RHS_V     ramp_g4@2  24.64
    RHS_V     ramp_g5@2  18.57
    RHS_V     reserve@2  190.54
    RHS_V     mustrun@2  29.77
    RHS_V     bal_b0@3  55.87
    RHS_V     bal_b1@3  96.37
    RHS_V     bal_b2@3  50.2
    RHS_V     ramp_g0@3  17.87
    RHS_V     ramp_g2@3  16.05
    RHS_V     ramp_g3@3  14.68
    RHS_V     ramp_g4@3  24.64
    RHS_V     ramp_g5@3  18.57
    RHS_V     reserve@3  178.58
    RHS_V     mustrun@3  29.77
    RHS_V     bal_b0@4  52.74
    RHS_V     bal_b1@4  87.28
    RHS_V     bal_b2@4  43.99
    RHS_V     ramp_g0@4  17.87
    RHS_V     ramp_g2@4  16.05
    RHS_V     ramp_g3@4  14.68
    RHS_V     ramp_g4@4  24.64
    RHS_V     ramp_g5@4  18.57
    RHS_V     reserve@4  192.51
    RHS_V     mustrun@4  29.77
    RHS_V     bal_b0@5  57.23
    RHS_V     bal_b1@5  90.34
    RHS_V     bal_b2@5  55.06
    RHS_V     ramp_g0@5  17.87
    RHS_V     ramp_g2@5  16.05
    RHS_V     ramp_g3@5  14.68
    RHS_V     ramp_g4@5  24.64
    RHS_V     ramp_g5@5  18.57
    RHS_V     reserve@5  187.29
    RHS_V     mustrun@5  29.77
RANGES
    RANGE     ramp_g0@1  35.74
    RANGE     ramp_g2@1  32.1
    RANGE     ramp_g3@1  29.36
    RANGE     ramp_g4@1  49.28
    RANGE     ramp_g5@1  37.14
    RANGE     ramp_g0@2  35.74
    RANGE     ramp_g2@2  32.1
    RANGE     ramp_g3@2  29.36
    RANGE     ramp_g4@2  49.28
    RANGE     ramp_g5@2  37.14
    RANGE     ramp_g0@3  35.74
    RANGE     ramp_g2@3  32.1
    RANGE     ramp_g3@3  29.36
    RANGE     ramp_g4@3  49.28
    RANGE     ramp_g5@3  37.14
    RANGE     ramp_g0@4  35.74
    RANGE     ramp_g2@4  32.1
    RANGE     ramp_g3@4  29.36
    RANGE     ramp_g4@4  49.28
    RANGE     ramp_g5@4  37.14
    RANGE     ramp_g0@5  35.74
    RANGE     ramp_g2@5  32.1
    RANGE     ramp_g3@5  29.36
    RANGE     ramp_g4@5  49.28
    RANGE     ramp_g5@5  37.14
BOUNDS
 UP BOUND     p_g0@0    59.08
 FX BOUND     p_g1@0    3.77
 LO BOUND     p_g2@0    18.62
 UP BOUND     p_g2@0    83.8
 UP BOUND     p_g3@0    79.27
 UP BOUND     p_g4@0    54.92
 UP BOUND     p_g5@0    53.2
 MI BOUND     imp@0   
 UP BOUND     imp@0     18.45
 FR BOUND     f_l0@0  
 LO BOUND     f_l1@0    -54.34
 UP BOUND     f_l1@0    54.34
 LO BOUND     f_l2@0    -67.99
 UP BOUND     f_l2@0    67.99
 UP BOUND     ch_s0@0   49.27
 UP BOUND     dis_s0@0  49.27
 UP BOUND     soc_s0@0  197.1
 UP BOUND     p_g0@1    54.89
 FX BOUND     p_g1@1    4.61
 LO BOUND     p_g2@1    18.62
 UP BOUND     p_g2@1    83.05
 UP BOUND     p_g3@1    80.7
 UP BOUND     p_g4@1    55.67
 UP BOUND     p_g5@1    55.26
 MI BOUND     imp@1   
 UP BOUND     imp@1     18.45
 FR BOUND     f_l0@1  
 LO BOUND     f_l1@1    -54.34
 UP BOUND     f_l1@1    54.34
 LO BOUND     f_l2@1    -67.99
 UP BOUND     f_l2@1    67.99
 UP BOUND     ch_s0@1   49.27
 UP BOUND     dis_s0@1  49.27
 UP BOUND     soc_s0@1  197.1
 UP BOUND     p_g0@2    53.19
 FX BOUND     p_g1@2    3.1
 LO BOUND     p_g2@2    18.62
 UP BOUND     p_g2@2    85.72
 UP BOUND     p_g3@2    81.72
 UP BOUND     p_g4@2    54.15
 UP BOUND     p_g5@2    51.12
 MI BOUND     imp@2   
 UP BOUND     imp@2     18.45
 FR BOUND     f_l0@2  
 LO BOUND     f_l1@2    -54.34
 UP BOUND     f_l1@2    54.34
 LO BOUND     f_l2@2    -67.99
 UP BOUND     f_l2@2    67.99
 UP BOUND     ch_s0@2   49.27
 UP BOUND     dis_s0@2  49.27
 UP BOUND     soc_s0@2  197.1
 UP BOUND     p_g0@3    58.37
 FX BOUND     p_g1@3    2.96
 LO BOUND     p_g2@3    18.62
 UP BOUND     p_g2@3    74.48
 UP BOUND     p_g3@3    72.83
 UP BOUND     p_g4@3    52.87
 UP BOUND     p_g5@3    49.9
 MI BOUND     imp@3   
 UP BOUND     imp@3     18.45
 FR BOUND     f_l0@3  
 LO BOUND     f_l1@3    -54.34
 UP BOUND     f_l1@3    54.34
 LO BOUND     f_l2@3    -67.99
 UP BOUND     f_l2@3    67.99
 UP BOUND     ch_s0@3   49.27
 UP BOUND     dis_s0@3  49.27
 UP BOUND     soc_s0@3  197.1
 UP BOUND     p_g0@4    57.18
 FX BOUND     p_g1@4    4.71
 LO BOUND     p_g2@4    18.62
 UP BOUND     p_g2@4    85.06
 UP BOUND     p_g3@4    80.86
 UP BOUND     p_g4@4    50.58
 UP BOUND     p_g5@4    50.23
 MI BOUND     imp@4   
 UP BOUND     imp@4     18.45
 FR BOUND     f_l0@4  
 LO BOUND     f_l1@4    -54.34
 UP BOUND     f_l1@4    54.34
 LO BOUND     f_l2@4    -67.99
 UP BOUND     f_l2@4    67.99
 UP BOUND     ch_s0@4   49.27
 UP BOUND     dis_s0@4  49.27
 UP BOUND     soc_s0@4  197.1
 UP BOUND     p_g0@5    58.24
 FX BOUND     p_g1@5    4.7
 LO BOUND     p_g2@5    18.62
 UP BOUND     p_g2@5    79.9
 UP BOUND     p_g3@5    78.43
 UP BOUND     p_g4@5    57.05
 UP BOUND     p_g5@5    48.67
 MI BOUND     imp@5   
 UP BOUND     imp@5     18.45
 FR BOUND     f_l0@5  
 LO BOUND     f_l1@5    -54.34
 UP BOUND     f_l1@5    54.34
 LO BOUND     f_l2@5    -67.99
 UP BOUND     f_l2@5    67.99
 UP BOUND     ch_s0@5   49.27
 UP BOUND     dis_s0@5  49.27
 UP BOUND     soc_s0@5  197.1
ENDATA
