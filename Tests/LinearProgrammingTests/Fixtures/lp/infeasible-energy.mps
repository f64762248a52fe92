NAME        infeasible-energy
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b0@1
 E  soc_s0@1
 E  bal_b0@2
 E  soc_s0@2
 E  bal_b0@3
 E  soc_s0@3
 E  bal_b0@4
 E  soc_s0@4
 E  bal_b0@5
 E  soc_s0@5
 E  soc_cyclic_s0
 G  energymin_g0
COLUMNS
    p_g0@0    Obj       25
    p_g0@0    bal_b0@0  1
    p_g0@0    energymin_g0  1
    p_g1@0    Obj       60
    p_g1@0    bal_b0@0  1
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    soc_s0@0  soc_s0@1  -0.999
    soc_s0@0  soc_cyclic_s0  1
    ch_s0@0   bal_b0@0  -1
    ch_s0@0   soc_cyclic_s0  -0.9
    dis_s0@0  bal_b0@0  1
    dis_s0@0  soc_cyclic_s0  1.1111
    p_g0@1    Obj       25
    p_g0@1    bal_b0@1  1
    p_g0@1    energymin_g0  1
    p_g1@1    Obj       60
    p_g1@1    bal_b0@1  1
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    soc_s0@1  soc_s0@1  1
    soc_s0@1  soc_s0@2  -0.999
    ch_s0@1   bal_b0@1  -1
    ch_s0@1   soc_s0@1  -0.9
    dis_s0@1  bal_b0@1  1
    dis_s0@1  soc_s0@1  1.1111
    p_g0@2    Obj       25
    p_g0@2    bal_b0@2  1
    p_g0@2    energymin_g0  1
    p_g1@2    Obj       60
    p_g1@2    bal_b0@2  1
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    soc_s0@2  soc_s0@2  1
    soc_s0@2  soc_s0@3  -0.999
    ch_s0@2   bal_b0@2  -1
    ch_s0@2   soc_s0@2  -0.9
    dis_s0@2  bal_b0@2  1
    dis_s0@2  soc_s0@2  1.1111
    p_g0@3    Obj       25
    p_g0@3    bal_b0@3  1
    p_g0@3    energymin_g0  1
    p_g1@3    Obj       60
    p_g1@3    bal_b0@3  1
    shed_b0@3  Obj       10000
    shed_b0@3  bal_b0@3  1
    soc_s0@3  soc_s0@3  1
    soc_s0@3  soc_s0@4  -0.999
    ch_s0@3   bal_b0@3  -1
    ch_s0@3   soc_s0@3  -0.9
    dis_s0@3  bal_b0@3  1
    dis_s0@3  soc_s0@3  1.1111
    p_g0@4    Obj       25
    p_g0@4    bal_b0@4  1
    p_g0@4    energymin_g0  1
    p_g1@4    Obj       60
    p_g1@4    bal_b0@4  1
    shed_b0@4  Obj       10000
    shed_b0@4  bal_b0@4  1
    soc_s0@4  soc_s0@4  1
    soc_s0@4  soc_s0@5  -0.999
    ch_s0@4   bal_b0@4  -1
    ch_s0@4   soc_s0@4  -0.9
    dis_s0@4  bal_b0@4  1
    dis_s0@4  soc_s0@4  1.1111
    p_g0@5    Obj       25
    p_g0@5    bal_b0@5  1
    p_g0@5    energymin_g0  1
    p_g1@5    Obj       60
    p_g1@5    bal_b0@5  1
    shed_b0@5  Obj       10000
    shed_b0@5  bal_b0@5  1
    soc_s0@5  soc_s0@5  1
    soc_s0@5  soc_cyclic_s0  -0.999
    ch_s0@5   bal_b0@5  -1
    ch_s0@5   soc_s0@5  -0.9
    dis_s0@5  bal_b0@5  1
    dis_s0@5  soc_s0@5  1.1111
RHS
    RHS_V     bal_b0@0  70
    RHS_V     bal_b0@1  70
    RHS_V     bal_b0@2  70
    RHS_V     bal_b0@3  70
    RHS_V     bal_b0@4  70
    RHS_V     bal_b0@5  70
    RHS_V     energymin_g0  301
BOUNDS
 UP BOUND     p_g0@0    50
 UP BOUND     p_g1@0    80
 UP BOUND     soc_s0@0  100
 UP BOUND     ch_s0@0   25
 UP BOUND     dis_s0@0  25
 UP BOUND     p_g0@1    50
 UP BOUND     p_g1@1    80
 UP BOUND     soc_s0@1  100
 UP BOUND     ch_s0@1   25
 UP BOUND     dis_s0@1  25
 UP BOUND     p_g0@2    50
 UP BOUND     p_g1@2    80
 UP BOUND     soc_s0@2  100
 UP BOUND     ch_s0@2   25
 UP BOUND     dis_s0@2  25
 UP BOUND     p_g0@3    50
 UP BOUND     p_g1@3    80
 UP BOUND     soc_s0@3  100
 UP BOUND     ch_s0@3   25
 UP BOUND     dis_s0@3  25
 UP BOUND     p_g0@4    50
 UP BOUND     p_g1@4    80
 UP BOUND     soc_s0@4  100
 UP BOUND     ch_s0@4   25
 UP BOUND     dis_s0@4  25
 UP BOUND     p_g0@5    50
 UP BOUND     p_g1@5    80
 UP BOUND     soc_s0@5  100
 UP BOUND     ch_s0@5   25
 UP BOUND     dis_s0@5  25
ENDATA
