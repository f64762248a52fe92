NAME        dispatch-12x3
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
 E  soc_s1@1
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
 E  soc_s1@2
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
 E  soc_s1@3
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
 E  soc_s1@4
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
 E  soc_s1@5
 L  reserve@5
 G  mustrun@5
 E  bal_b0@6
 E  bal_b1@6
 E  bal_b2@6
 L  ramp_g0@6
 L  ramp_g2@6
 L  ramp_g3@6
 L  ramp_g4@6
 L  ramp_g5@6
 E  soc_s0@6
 E  soc_s1@6
 L  reserve@6
 G  mustrun@6
 E  bal_b0@7
 E  bal_b1@7
 E  bal_b2@7
 L  ramp_g0@7
 L  ramp_g2@7
 L  ramp_g3@7
 L  ramp_g4@7
 L  ramp_g5@7
 E  soc_s0@7
 E  soc_s1@7
 L  reserve@7
 G  mustrun@7
 E  bal_b0@8
 E  bal_b1@8
 E  bal_b2@8
 L  ramp_g0@8
 L  ramp_g2@8
 L  ramp_g3@8
 L  ramp_g4@8
 L  ramp_g5@8
 E  soc_s0@8
 E  soc_s1@8
 L  reserve@8
 G  mustrun@8
 E  bal_b0@9
 E  bal_b1@9
 E  bal_b2@9
 L  ramp_g0@9
 L  ramp_g2@9
 L  ramp_g3@9
 L  ramp_g4@9
 L  ramp_g5@9
 E  soc_s0@9
 E  soc_s1@9
 L  reserve@9
 G  mustrun@9
 E  bal_b0@10
 E  bal_b1@10
 E  bal_b2@10
 L  ramp_g0@10
 L  ramp_g2@10
 L  ramp_g3@10
 L  ramp_g4@10
 L  ramp_g5@10
 E  soc_s0@10
 E  soc_s1@10
 L  reserve@10
 G  mustrun@10
 E  bal_b0@11
 E  bal_b1@11
 E  bal_b2@11
 L  ramp_g0@11
 L  ramp_g2@11
 L  ramp_g3@11
 L  ramp_g4@11
 L  ramp_g5@11
 E  soc_s0@11
 E  soc_s1@11
 L  reserve@11
 G  mustrun@11
 E  soc_cyclic_s0
 E  soc_cyclic_s1
 L  energycap_g0
COLUMNS
    p_g0@0    Obj       54.76
    p_g0@0    bal_b0@0  1
    p_g0@0    reserve@0  1
    p_g0@0    ramp_g0@1  -1
    p_g0@0    energycap_g0  1
    p_g1@0    Obj       74.74
    p_g1@0    bal_b0@0  1
    p_g2@0    Obj       32.7
    p_g2@0    bal_b1@0  1
    p_g2@0    reserve@0  1
    p_g2@0    ramp_g2@1  -1
    p_g3@0    Obj       70.07
    p_g3@0    bal_b1@0  1
    p_g3@0    reserve@0  1
    p_g3@0    ramp_g3@1  -1
    p_g4@0    Obj       84.53
    p_g4@0    bal_b2@0  1
    p_g4@0    mustrun@0  1
    p_g4@0    ramp_g4@1  -1
    p_g5@0    Obj       75.14
    p_g5@0    bal_b2@0  1
    p_g5@0    mustrun@0  1
    p_g5@0    ramp_g5@1  -1
    imp@0     Obj       47.63
    imp@0     bal_b2@0  1
    f_l0@0    bal_b0@0  -1
    f_l0@0    bal_b1@0  1
    f_l1@0    bal_b1@0  -1
    f_l1@0    bal_b2@0  1
    f_l2@0    bal_b1@0  -1
    f_l2@0    bal_b2@0  1
    ch_s0@0   bal_b1@0  -1
    ch_s0@0   soc_cyclic_s0  -0.9495
    dis_s0@0  Obj       0.1
    dis_s0@0  bal_b1@0  1
    dis_s0@0  soc_cyclic_s0  1.1257
    soc_s0@0  soc_s0@1  -0.9974
    soc_s0@0  soc_cyclic_s0  1
    ch_s1@0   bal_b1@0  -1
    ch_s1@0   soc_cyclic_s1  -0.9248
    dis_s1@0  Obj       0.1
    dis_s1@0  bal_b1@0  1
    dis_s1@0  soc_cyclic_s1  1.0897
    soc_s1@0  soc_s1@1  -0.9989
    soc_s1@0  soc_cyclic_s1  1
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    shed_b1@0  Obj       10000
    shed_b1@0  bal_b1@0  1
    shed_b2@0  Obj       10000
    shed_b2@0  bal_b2@0  1
    p_g0@1    Obj       54.76
    p_g0@1    bal_b0@1  1
    p_g0@1    ramp_g0@1  1
    p_g0@1    reserve@1  1
    p_g0@1    ramp_g0@2  -1
    p_g0@1    energycap_g0  1
    p_g1@1    Obj       74.74
    p_g1@1    bal_b0@1  1
    p_g2@1    Obj       32.7
    p_g2@1    bal_b1@1  1
    p_g2@1    ramp_g2@1  1
    p_g2@1    reserve@1  1
    p_g2@1    ramp_g2@2  -1
    p_g3@1    Obj       70.07
    p_g3@1    bal_b1@1  1
    p_g3@1    ramp_g3@1  1
    p_g3@1    reserve@1  1
    p_g3@1    ramp_g3@2  -1
    p_g4@1    Obj       84.53
    p_g4@1    bal_b2@1  1
    p_g4@1    ramp_g4@1  1
    p_g4@1    mustrun@1  1
    p_g4@1    ramp_g4@2  -1
    p_g5@1    Obj       75.14
    p_g5@1    bal_b2@1  1
    p_g5@1    ramp_g5@1  1
    p_g5@1    mustrun@1  1
    p_g5@1    ramp_g5@2  -1
    imp@1     Obj       47.63
    imp@1     bal_b2@1  1
    f_l0@1    bal_b0@1  -1
    f_l0@1    bal_b1@1  1
    f_l1@1    bal_b1@1  -1
    f_l1@1    bal_b2@1  1
    f_l2@1    bal_b1@1  -1
    f_l2@1    bal_b2@1  1
    ch_s0@1   bal_b1@1  -1
    ch_s0@1   soc_s0@1  -0.9495
    dis_s0@1  Obj       0.1
    dis_s0@1  bal_b1@1  1
    dis_s0@1  soc_s0@1  1.1257
    soc_s0@1  soc_s0@1  1
    soc_s0@1  soc_s0@2  -0.9974
    ch_s1@1   bal_b1@1  -1
    ch_s1@1   soc_s1@1  -0.9248
    dis_s1@1  Obj       0.1
    dis_s1@1  bal_b1@1  1
    dis_s1@1  soc_s1@1  1.0897
    soc_s1@1  soc_s1@1  1
    soc_s1@1  soc_s1@2  -0.9989
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    shed_b1@1  Obj       10000
    shed_b1@1  bal_b1@1  1
    shed_b2@1  Obj       10000
    shed_b2@1  bal_b2@1  1
    p_g0@2    Obj       54.76
    p_g0@2    bal_b0@2  1
    p_g0@2    ramp_g0@2  1
    p_g0@2    reserve@2  1
    p_g0@2    ramp_g0@3  -1
    p_g0@2    energycap_g0  1
    p_g1@2    Obj       74.74
    p_g1@2    bal_b0@2  1
    p_g2@2    Obj       32.7
    p_g2@2    bal_b1@2  1
    p_g2@2    ramp_g2@2  1
    p_g2@2    reserve@2  1
    p_g2@2    ramp_g2@3  -1
    p_g3@2    Obj       70.07
    p_g3@2    bal_b1@2  1
    p_g3@2    ramp_g3@2  1
    p_g3@2    reserve@2  1
    p_g3@2    ramp_g3@3  -1
    p_g4@2    Obj       84.53
    p_g4@2    bal_b2@2  1
    p_g4@2    ramp_g4@2  1
    p_g4@2    mustrun@2  1
    p_g4@2    ramp_g4@3  -1
    p_g5@2    Obj       75.14
    p_g5@2    bal_b2@2  1
    p_g5@2    ramp_g5@2  1
    p_g5@2    mustrun@2  1
    p_g5@2    ramp_g5@3  -1
    imp@2     Obj       47.63
    imp@2     bal_b2@2  1
    f_l0@2    bal_b0@2  -1
    f_l0@2    bal_b1@2  1
    f_l1@2    bal_b1@2  -1
    f_l1@2    bal_b2@2  1
    f_l2@2    bal_b1@2  -1
    f_l2@2    bal_b2@2  1
    ch_s0@2   bal_b1@2  -1
    ch_s0@2   soc_s0@2  -0.9495
    dis_s0@2  Obj       0.1
    dis_s0@2  bal_b1@2  1
    dis_s0@2  soc_s0@2  1.1257
    soc_s0@2  soc_s0@2  1
    soc_s0@2  soc_s0@3  -0.9974
    ch_s1@2   bal_b1@2  -1
    ch_s1@2   soc_s1@2  -0.9248
    dis_s1@2  Obj       0.1
    dis_s1@2  bal_b1@2  1
    dis_s1@2  soc_s1@2  1.0897
    soc_s1@2  soc_s1@2  1
    soc_s1@2  soc_s1@3  -0.9989
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    shed_b1@2  Obj       10000
    shed_b1@2  bal_b1@2  1
    shed_b2@2  Obj       10000
    shed_b2@2  bal_b2@2  1
    p_g0@3    Obj       54.76
    p_g0@3    bal_b0@3  1
    p_g0@3    ramp_g0@3  1
    p_g0@3    reserve@3  1
    p_g0@3    ramp_g0@4  -1
    p_g0@3    energycap_g0  1
    p_g1@3    Obj       74.74
    p_g1@3    bal_b0@3  1
    p_g2@3    Obj       32.7
    p_g2@3    bal_b1@3  1
    p_g2@3    ramp_g2@3  1
    p_g2@3    reserve@3  1
    p_g2@3    ramp_g2@4  -1
    p_g3@3    Obj       70.07
    p_g3@3    bal_b1@3  1
    p_g3@3    ramp_g3@3  1
    p_g3@3    reserve@3  1
    p_g3@3    ramp_g3@4  -1
    p_g4@3    Obj       84.53
    p_g4@3    bal_b2@3  1
    p_g4@3    ramp_g4@3  1
    p_g4@3    mustrun@3  1
    p_g4@3    ramp_g4@4  -1
    p_g5@3    Obj       75.14
    p_g5@3    bal_b2@3  1
    p_g5@3    ramp_g5@3  1
    p_g5@3    mustrun@3  1
    p_g5@3    ramp_g5@4  -1
    imp@3     Obj       47.63
    imp@3     bal_b2@3  1
    f_l0@3    bal_b0@3  -1
    f_l0@3    bal_b1@3  1
    f_l1@3    bal_b1@3  -1
    f_l1@3    bal_b2@3  1
    f_l2@3    bal_b1@3  -1
    f_l2@3    bal_b2@3  1
    ch_s0@3   bal_b1@3  -1
    ch_s0@3   soc_s0@3  -0.9495
    dis_s0@3  Obj       0.1
    dis_s0@3  bal_b1@3  1
    dis_s0@3  soc_s0@3  1.1257
    soc_s0@3  soc_s0@3  1
    soc_s0@3  soc_s0@4  -0.9974
    ch_s1@3   bal_b1@3  -1
    ch_s1@3   soc_s1@3  -0.9248
    dis_s1@3  Obj       0.1
    dis_s1@3  bal_b1@3  1
    dis_s1@3  soc_s1@3  1.0897
    soc_s1@3  soc_s1@3  1
    soc_s1@3  soc_s1@4  -0.9989
    shed_b0@3  Obj       10000
    shed_b0@3  bal_b0@3  1
    shed_b1@3  Obj       10000
    shed_b1@3  bal_b1@3  1
    shed_b2@3  Obj       10000
    shed_b2@3  bal_b2@3  1
    p_g0@4    Obj       54.76
    p_g0@4    bal_b0@4  1
    p_g0@4    ramp_g0@4  1
    p_g0@4    reserve@4  1
    p_g0@4    ramp_g0@5  -1
    p_g0@4    energycap_g0  1
    p_g1@4    Obj       74.74
    p_g1@4    bal_b0@4  1
    p_g2@4    Obj       32.7
    p_g2@4    bal_b1@4  1
    p_g2@4    ramp_g2@4  1
    p_g2@4    reserve@4  1
    p_g2@4    ramp_g2@5  -1
    p_g3@4    Obj       70.07
    p_g3@4    bal_b1@4  1
    p_g3@4    ramp_g3@4  1
    p_g3@4    reserve@4  1
    p_g3@4    ramp_g3@5  -1
    p_g4@4    Obj       84.53
    p_g4@4    bal_b2@4  1
    p_g4@4    ramp_g4@4  1
    p_g4@4    mustrun@4  1
    p_g4@4    ramp_g4@5  -1
    p_g5@4    Obj       75.14
    p_g5@4    bal_b2@4  1
    p_g5@4    ramp_g5@4  1
    p_g5@4    mustrun@4  1
    p_g5@4    ramp_g5@5  -1
    imp@4     Obj       47.63
    imp@4     bal_b2@4  1
    f_l0@4    bal_b0@4  -1
    f_l0@4    bal_b1@4  1
    f_l1@4    bal_b1@4  -1
    f_l1@4    bal_b2@4  1
    f_l2@4    bal_b1@4  -1
    f_l2@4    bal_b2@4  1
    ch_s0@4   bal_b1@4  -1
    ch_s0@4   soc_s0@4  -0.9495
    dis_s0@4  Obj       0.1
    dis_s0@4  bal_b1@4  1
    dis_s0@4  soc_s0@4  1.1257
    soc_s0@4  soc_s0@4  1
    soc_s0@4  soc_s0@5  -0.9974
    ch_s1@4   bal_b1@4  -1
    ch_s1@4   soc_s1@4  -0.9248
    dis_s1@4  Obj       0.1
    dis_s1@4  bal_b1@4  1
    dis_s1@4  soc_s1@4  1.0897
    soc_s1@4  soc_s1@4  1
    soc_s1@4  soc_s1@5  -0.9989
    shed_b0@4  Obj       10000
    shed_b0@4  bal_b0@4  1
    shed_b1@4  Obj       10000
    shed_b1@4  bal_b1@4  1
    shed_b2@4  Obj       10000
    shed_b2@4  bal_b2@4  1
    p_g0@5    Obj       54.76
    p_g0@5    bal_b0@5  1
    p_g0@5    ramp_g0@5  1
    p_g0@5    reserve@5  1
    p_g0@5    ramp_g0@6  -1
    p_g0@5    energycap_g0  1
    p_g1@5    Obj       74.74
    p_g1@5    bal_b0@5  1
    p_g2@5    Obj       32.7
    p_g2@5    bal_b1@5  1
    p_g2@5    ramp_g2@5  1
    p_g2@5    reserve@5  1
    p_g2@5    ramp_g2@6  -1
    p_g3@5    Obj       70.07
    p_g3@5    bal_b1@5  1
    p_g3@5    ramp_g3@5  1
    p_g3@5    reserve@5  1
    p_g3@5    ramp_g3@6  -1
    p_g4@5    Obj       84.53
    p_g4@5    bal_b2@5  1
    p_g4@5    ramp_g4@5  1
    p_g4@5    mustrun@5  1
    p_g4@5    ramp_g4@6  -1
    p_g5@5    Obj       75.14
    p_g5@5    bal_b2@5  1
    p_g5@5    ramp_g5@5  1
    p_g5@5    mustrun@5  1
    p_g5@5    ramp_g5@6  -1
    imp@5     Obj       47.63
    imp@5     bal_b2@5  1
    f_l0@5    bal_b0@5  -1
    f_l0@5    bal_b1@5  1
    f_l1@5    bal_b1@5  -1
    f_l1@5    bal_b2@5  1
    f_l2@5    bal_b1@5  -1
    f_l2@5    bal_b2@5  1
    ch_s0@5   bal_b1@5  -1
    ch_s0@5   soc_s0@5  -0.9495
    dis_s0@5  Obj       0.1
    dis_s0@5  bal_b1@5  1
    dis_s0@5  soc_s0@5  1.1257
    soc_s0@5  soc_s0@5  1
    soc_s0@5  soc_s0@6  -0.9974
    ch_s1@5   bal_b1@5  -1
    ch_s1@5   soc_s1@5  -0.9248
    dis_s1@5  Obj       0.1
    dis_s1@5  bal_b1@5  1
    dis_s1@5  soc_s1@5  1.0897
    soc_s1@5  soc_s1@5  1
    soc_s1@5  soc_s1@6  -0.9989
    shed_b0@5  Obj       10000
    shed_b0@5  bal_b0@5  1
    shed_b1@5  Obj       10000
    shed_b1@5  bal_b1@5  1
    shed_b2@5  Obj       10000
    shed_b2@5  bal_b2@5  1
    p_g0@6    Obj       54.76
    p_g0@6    bal_b0@6  1
    p_g0@6    ramp_g0@6  1
    p_g0@6    reserve@6  1
    p_g0@6    ramp_g0@7  -1
    p_g0@6    energycap_g0  1
    p_g1@6    Obj       74.74
    p_g1@6    bal_b0@6  1
    p_g2@6    Obj       32.7
    p_g2@6    bal_b1@6  1
    p_g2@6    ramp_g2@6  1
    p_g2@6    reserve@6  1
    p_g2@6    ramp_g2@7  -1
    p_g3@6    Obj       70.07
    p_g3@6    bal_b1@6  1
    p_g3@6    ramp_g3@6  1
    p_g3@6    reserve@6  1
    p_g3@6    ramp_g3@7  -1
    p_g4@6    Obj       84.53
    p_g4@6    bal_b2@6  1
    p_g4@6    ramp_g4@6  1
    p_g4@6    mustrun@6  1
    p_g4@6    ramp_g4@7  -1
    p_g5@6    Obj       75.14
    p_g5@6    bal_b2@6  1
    p_g5@6    ramp_g5@6  1
    p_g5@6    mustrun@6  1
    p_g5@6    ramp_g5@7  -1
    imp@6     Obj       47.63
    imp@6     bal_b2@6  1
    f_l0@6    bal_b0@6  -1
    f_l0@6    bal_b1@6  1
    f_l1@6    bal_b1@6  -1
    f_l1@6    bal_b2@6  1
    f_l2@6    bal_b1@6  -1
    f_l2@6    bal_b2@6  1
    ch_s0@6   bal_b1@6  -1
    ch_s0@6   soc_s0@6  -0.9495
    dis_s0@6  Obj       0.1
    dis_s0@6  bal_b1@6  1
    dis_s0@6  soc_s0@6  1.1257
    soc_s0@6  soc_s0@6  1
    soc_s0@6  soc_s0@7  -0.9974
    ch_s1@6   bal_b1@6  -1
    ch_s1@6   soc_s1@6  -0.9248
    dis_s1@6  Obj       0.1
    dis_s1@6  bal_b1@6  1
    dis_s1@6  soc_s1@6  1.0897
    soc_s1@6  soc_s1@6  1
    soc_s1@6  soc_s1@7  -0.9989
    shed_b0@6  Obj       10000
    shed_b0@6  bal_b0@6  1
    shed_b1@6  Obj       10000
    shed_b1@6  bal_b1@6  1
    shed_b2@6  Obj       10000
    shed_b2@6  bal_b2@6  1
    p_g0@7    Obj       54.76
    p_g0@7    bal_b0@7  1
    p_g0@7    ramp_g0@7  1
    p_g0@7    reserve@7  1
    p_g0@7    ramp_g0@8  -1
    p_g0@7    energycap_g0  1
    p_g1@7    Obj       74.74
    p_g1@7    bal_b0@7  1
    p_g2@7    Obj       32.7
    p_g2@7    bal_b1@7  1
    p_g2@7    ramp_g2@7  1
    p_g2@7    reserve@7  1
    p_g2@7    ramp_g2@8  -1
    p_g3@7    Obj       70.07
    p_g3@7    bal_b1@7  1
    p_g3@7    ramp_g3@7  1
    p_g3@7    reserve@7  1
    p_g3@7    ramp_g3@8  -1
    p_g4@7    Obj       84.53
    p_g4@7    bal_b2@7  1
    p_g4@7    ramp_g4@7  1
    p_g4@7    mustrun@7  1
    p_g4@7    ramp_g4@8  -1
    p_g5@7    Obj       75.14
    p_g5@7    bal_b2@7  1
    p_g5@7    ramp_g5@7  1
    p_g5@7    mustrun@7  1
    p_g5@7    ramp_g5@8  -1
    imp@7     Obj       47.63
    imp@7     bal_b2@7  1
    f_l0@7    bal_b0@7  -1
    f_l0@7    bal_b1@7  1
    f_l1@7    bal_b1@7  -1
    f_l1@7    bal_b2@7  1
    f_l2@7    bal_b1@7  -1
    f_l2@7    bal_b2@7  1
    ch_s0@7   bal_b1@7  -1
    ch_s0@7   soc_s0@7  -0.9495
    dis_s0@7  Obj       0.1
    dis_s0@7  bal_b1@7  1
    dis_s0@7  soc_s0@7  1.1257
    soc_s0@7  soc_s0@7  1
    soc_s0@7  soc_s0@8  -0.9974
    ch_s1@7   bal_b1@7  -1
    ch_s1@7   soc_s1@7  -0.9248
    dis_s1@7  Obj       0.1
    dis_s1@7  bal_b1@7  1
    dis_s1@7  soc_s1@7  1.0897
    soc_s1@7  soc_s1@7  1
    soc_s1@7  soc_s1@8  -0.9989
    shed_b0@7  Obj       10000
    shed_b0@7  bal_b0@7  1
    shed_b1@7  Obj       10000
    shed_b1@7  bal_b1@7  1
    shed_b2@7  Obj       10000
    shed_b2@7  bal_b2@7  1
    p_g0@8    Obj       54.76
    p_g0@8    bal_b0@8  1
    p_g0@8    ramp_g0@8  1
    p_g0@8    reserve@8  1
    p_g0@8    ramp_g0@9  -1
    p_g0@8    energycap_g0  1
    p_g1@8    Obj       74.74
    p_g1@8    bal_b0@8  1
    p_g2@8    Obj       32.7
    p_g2@8    bal_b1@8  1
    p_g2@8    ramp_g2@8  1
    p_g2@8    reserve@8  1
    p_g2@8    ramp_g2@9  -1
    p_g3@8    Obj       70.07
    p_g3@8    bal_b1@8  1
    p_g3@8    ramp_g3@8  1
    p_g3@8    reserve@8  1
    p_g3@8    ramp_g3@9  -1
    p_g4@8    Obj       84.53
    p_g4@8    bal_b2@8  1
    p_g4@8    ramp_g4@8  1
    p_g4@8    mustrun@8  1
    p_g4@8    ramp_g4@9  -1
    p_g5@8    Obj       75.14
    p_g5@8    bal_b2@8  1
    p_g5@8    ramp_g5@8  1
    p_g5@8    mustrun@8  1
    p_g5@8    ramp_g5@9  -1
    imp@8     Obj       47.63
    imp@8     bal_b2@8  1
    f_l0@8    bal_b0@8  -1
    f_l0@8    bal_b1@8  1
    f_l1@8    bal_b1@8  -1
    f_l1@8    bal_b2@8  1
    f_l2@8    bal_b1@8  -1
    f_l2@8    bal_b2@8  1
    ch_s0@8   bal_b1@8  -1
    ch_s0@8   soc_s0@8  -0.9495
    dis_s0@8  Obj       0.1
    dis_s0@8  bal_b1@8  1
    dis_s0@8  soc_s0@8  1.1257
    soc_s0@8  soc_s0@8  1
    soc_s0@8  soc_s0@9  -0.9974
    ch_s1@8   bal_b1@8  -1
    ch_s1@8   soc_s1@8  -0.9248
    dis_s1@8  Obj       0.1
    dis_s1@8  bal_b1@8  1
    dis_s1@8  soc_s1@8  1.0897
    soc_s1@8  soc_s1@8  1
    soc_s1@8  soc_s1@9  -0.9989
    shed_b0@8  Obj       10000
    shed_b0@8  bal_b0@8  1
    shed_b1@8  Obj       10000
    shed_b1@8  bal_b1@8  1
    shed_b2@8  Obj       10000
    shed_b2@8  bal_b2@8  1
    p_g0@9    Obj       54.76
    p_g0@9    bal_b0@9  1
    p_g0@9    ramp_g0@9  1
    p_g0@9    reserve@9  1
    p_g0@9    ramp_g0@10  -1
    p_g0@9    energycap_g0  1
    p_g1@9    Obj       74.74
    p_g1@9    bal_b0@9  1
    p_g2@9    Obj       32.7
    p_g2@9    bal_b1@9  1
    p_g2@9    ramp_g2@9  1
    p_g2@9    reserve@9  1
    p_g2@9    ramp_g2@10  -1
    p_g3@9    Obj       70.07
    p_g3@9    bal_b1@9  1
    p_g3@9    ramp_g3@9  1
    p_g3@9    reserve@9  1
    p_g3@9    ramp_g3@10  -1
    p_g4@9    Obj       84.53
    p_g4@9    bal_b2@9  1
    p_g4@9    ramp_g4@9  1
    p_g4@9    mustrun@9  1
    p_g4@9    ramp_g4@10  -1
    p_g5@9    Obj       75.14
    p_g5@9    bal_b2@9  1
    p_g5@9    ramp_g5@9  1
    p_g5@9    mustrun@9  1
    p_g5@9    ramp_g5@10  -1
    imp@9     Obj       47.63
    imp@9     bal_b2@9  1
    f_l0@9    bal_b0@9  -1
    f_l0@9    bal_b1@9  1
    f_l1@9    bal_b1@9  -1
    f_l1@9    bal_b2@9  1
    f_l2@9    bal_b1@9  -1
    f_l2@9    bal_b2@9  1
    ch_s0@9   bal_b1@9  -1
    ch_s0@9   soc_s0@9  -0.9495
    dis_s0@9  Obj       0.1
    dis_s0@9  bal_b1@9  1
    dis_s0@9  soc_s0@9  1.1257
    soc_s0@9  soc_s0@9  1
    soc_s0@9  soc_s0@10  -0.9974
    ch_s1@9   bal_b1@9  -1
    ch_s1@9   soc_s1@9  -0.9248
    dis_s1@9  Obj       0.1
    dis_s1@9  bal_b1@9  1
    dis_s1@9  soc_s1@9  1.0897
    soc_s1@9  soc_s1@9  1
    soc_s1@9  soc_s1@10  -0.9989
    shed_b0@9  Obj       10000
    shed_b0@9  bal_b0@9  1
    shed_b1@9  Obj       10000
    shed_b1@9  bal_b1@9  1
    shed_b2@9  Obj       10000
    shed_b2@9  bal_b2@9  1
    p_g0@10   Obj       54.76
    p_g0@10   bal_b0@10  1
    p_g0@10   ramp_g0@10  1
    p_g0@10   reserve@10  1
    p_g0@10   ramp_g0@11  -1
    p_g0@10   energycap_g0  1
    p_g1@10   Obj       74.74
    p_g1@10   bal_b0@10  1
    p_g2@10   Obj       32.7
    p_g2@10   bal_b1@10  1
    p_g2@10   ramp_g2@10  1
    p_g2@10   reserve@10  1
    p_g2@10   ramp_g2@11  -1
    p_g3@10   Obj       70.07
    p_g3@10   bal_b1@10  1
    p_g3@10   ramp_g3@10  1
    p_g3@10   reserve@10  1
    p_g3@10   ramp_g3@11  -1
    p_g4@10   Obj       84.53
    p_g4@10   bal_b2@10  1
    p_g4@10   ramp_g4@10  1
    p_g4@10   mustrun@10  1
    p_g4@10   ramp_g4@11  -1
    p_g5@10   Obj       75.14
    p_g5@10   bal_b2@10  1
    p_g5@10   ramp_g5@10  1
    p_g5@10   mustrun@10  1
    p_g5@10   ramp_g5@11  -1
    imp@10    Obj       47.63
    imp@10    bal_b2@10  1
    f_l0@10   bal_b0@10  -1
    f_l0@10   bal_b1@10  1
    f_l1@10   bal_b1@10  -1
    f_l1@10   bal_b2@10  1
    f_l2@10   bal_b1@10  -1
    f_l2@10   bal_b2@10  1
    ch_s0@10  bal_b1@10  -1
    ch_s0@10  soc_s0@10  -0.9495
    dis_s0@10  Obj       0.1
    dis_s0@10  bal_b1@10  1
    dis_s0@10  soc_s0@10  1.1257
    soc_s0@10  soc_s0@10  1
    soc_s0@10  soc_s0@11  -0.9974
    ch_s1@10  bal_b1@10  -1
    ch_s1@10  soc_s1@10  -0.9248
    dis_s1@10  Obj       0.1
    dis_s1@10  bal_b1@10  1
    dis_s1@10  soc_s1@10  1.0897
    soc_s1@10  soc_s1@10  1
    soc_s1@10  soc_s1@11  -0.9989
    shed_b0@10  Obj       10000
    shed_b0@10  bal_b0@10  1
    shed_b1@10  Obj       10000
    shed_b1@10  bal_b1@10  1
    shed_b2@10  Obj       10000
    shed_b2@10  bal_b2@10  1
    p_g0@11   Obj       54.76
    p_g0@11   bal_b0@11  1
    p_g0@11   ramp_g0@11  1
    p_g0@11   reserve@11  1
    p_g0@11   energycap_g0  1
    p_g1@11   Obj       74.74
    p_g1@11   bal_b0@11  1
    p_g2@11   Obj       32.7
    p_g2@11   bal_b1@11  1
    p_g2@11   ramp_g2@11  1
    p_g2@11   reserve@11  1
    p_g3@11   Obj       70.07
    p_g3@11   bal_b1@11  1
    p_g3@11   ramp_g3@11  1
    p_g3@11   reserve@11  1
    p_g4@11   Obj       84.53
    p_g4@11   bal_b2@11  1
    p_g4@11   ramp_g4@11  1
    p_g4@11   mustrun@11  1
    p_g5@11   Obj       75.14
    p_g5@11   bal_b2@11  1
    p_g5@11   ramp_g5@11  1
    p_g5@11   mustrun@11  1
    imp@11    Obj       47.63
    imp@11    bal_b2@11  1
    f_l0@11   bal_b0@11  -1
    f_l0@11   bal_b1@11  1
    f_l1@11   bal_b1@11  -1
    f_l1@11   bal_b2@11  1
    f_l2@11   bal_b1@11  -1
    f_l2@11   bal_b2@11  1
    ch_s0@11  bal_b1@11  -1
    ch_s0@11  soc_s0@11  -0.9495
    dis_s0@11  Obj       0.1
    dis_s0@11  bal_b1@11  1
    dis_s0@11  soc_s0@11  1.1257
    soc_s0@11  soc_s0@11  1
    soc_s0@11  soc_cyclic_s0  -0.9974
    ch_s1@11  bal_b1@11  -1
    ch_s1@11  soc_s1@11  -0.9248
    dis_s1@11  Obj       0.1
    dis_s1@11  bal_b1@11  1
    dis_s1@11  soc_s1@11  1.0897
    soc_s1@11  soc_s1@11  1
    soc_s1@11  soc_cyclic_s1  -0.9989
    shed_b0@11  Obj       10000
    shed_b0@11  bal_b0@11  1
    shed_b1@11  Obj       10000
    shed_b1@11  bal_b1@11  1
    shed_b2@11  Obj       10000
    shed_b2@11  bal_b2@11  1
RHS
    RHS_V     bal_b0@0  122.63
    RHS_V     bal_b1@0  82.87
    RHS_V     bal_b2@0  41.13
    RHS_V     reserve@0  203.79
    RHS_V     mustrun@0  21.62
    RHS_V     bal_b0@1  120.36
    RHS_V     bal_b1@1  89.16
    RHS_V     bal_b2@1  38.53
    RHS_V     ramp_g0@1  21.33
    RHS_V     ramp_g2@1  19.88
    RHS_V     ramp_g3@1  17.3
    RHS_V     ramp_g4@1  17.44
    RHS_V     ramp_g5@1  9.66
    RHS_V     reserve@1  211.18
    RHS_V     mustrun@1  21.62
    RHS_V     bal_b0@2  103.85
    RHS_V     bal_b1@2  91.54
    RHS_V     bal_b2@2  38.06
    RHS_V     ramp_g0@2  21.33
    RHS_V     ramp_g2@2  19.88
    RHS_V     ramp_g3@2  17.3
    RHS_V     ramp_g4@2  17.44
    RHS_V     ramp_g5@2  9.66
    RHS_V     reserve@2  204.64
    RHS_V     mustrun@2  21.62
    RHS_V     bal_b0@3  116.6
    RHS_V     bal_b1@3  85.13
    RHS_V     bal_b2@3  34.71
    RHS_V     ramp_g0@3  21.33
    RHS_V     ramp_g2@3  19.88
    RHS_V     ramp_g3@3  17.3
    RHS_V     ramp_g4@3  17.44
    RHS_V     ramp_g5@3  9.66
    RHS_V     reserve@3  208.09
    RHS_V     mustrun@3  21.62
    RHS_V     bal_b0@4  103.86
    RHS_V     bal_b1@4  91.4
    RHS_V     bal_b2@4  41.27
    RHS_V     ramp_g0@4  21.33
    RHS_V     ramp_g2@4  19.88
    RHS_V     ramp_g3@4  17.3
    RHS_V     ramp_g4@4  17.44
    RHS_V     ramp_g5@4  9.66
    RHS_V     reserve@4  208.22
    RHS_V     mustrun@4  21.62
    RHS_V     bal_b0@5  117.61
    RHS_V     bal_b1@5  100.73
    RHS_V     bal_b2@5  39.89
    RHS_V     ramp_g0@5  21.33
    RHS_V     ramp_g2@5  19.88
    RHS_V     ramp_g3@5  17.3
    RHS_V     ramp_g4@5  17.44
    RHS_V     ramp_g5@5  9.66
    RHS_V     reserve@5  204.43
    RHS_V     mustrun@5  21.62
    RHS_V     bal_b0@6  134.61
    RHS_V     bal_b1@6  88.3
    RHS_V     bal_b2@6  40.23
    RHS_V     ramp_g0@6  21.33
    RHS_V     ramp_g2@6  19.88
    RHS_V     ramp_g3@6  17.3
    RHS_V     ramp_g4@6  17.44
    RHS_V     ramp_g5@6  9.66
    RHS_V     reserve@6  215.91
    RHS_V     mustrun@6  21.62
    RHS_V     bal_b0@7  132.82
    RHS_V     bal_b1@7  106.23
    RHS_V     bal_b2@7  51.32
    RHS_V     ramp_g0@7  21.33
    RHS_V     ramp_g2@7  19.88
    RHS_V     ramp_g3@7  17.3
    RHS_V     ramp_g4@7  17.44
    RHS_V     ramp_g5@7  9.66
    RHS_V     reserve@7  196.94
    RHS_V     mustrun@7  21.62
    RHS_V     bal_b0@8  145.16
    RHS_V     bal_b1@8  121.79
    RHS_V     bal_b2@8  51.87
    RHS_V     ramp_g0@8  21.33
    RHS_V     ramp_g2@8  19.88
    RHS_V     ramp_g3@8  17.3
    RHS_V     ramp_g4@8  17.44
    RHS_V     ramp_g5@8  9.66
    RHS_V     reserve@8  205.37
    RHS_V     mustrun@8  21.62
    RHS_V     bal_b0@9  142.21
    RHS_V     bal_b1@9  109.51
    RHS_V     bal_b2@9  53.04
    RHS_V     ramp_g0@9  21.33
    RHS_V     ramp_g2@9  19.88
    RHS_V     ramp_g3@9  17.3
    RHS_V     ramp_g4@9  17.44
    RHS_V     ramp_g5@9  9.66
    RHS_V     reserve@9  206.67
    RHS_V     mustrun@9  21.62
    RHS_V     bal_b0@10  172.95
    RHS_V     bal_b1@10  118.36
    RHS_V     bal_b2@10  59.18
    RHS_V     ramp_g0@10  21.33
    RHS_V     ramp_g2@10  19.88
    RHS_V     ramp_g3@10  17.3
    RHS_V     ramp_g4@10  17.44
    RHS_V     ramp_g5@10  9.66
    RHS_V     reserve@10  202.35
    RHS_V     mustrun@10  21.62
    RHS_V     bal_b0@11  170.14
    RHS_V     bal_b1@11  132.39
    RHS_V     bal_b2@11  58.89
    RHS_V     ramp_g0@11  21.33
    RHS_V     ramp_g2@11  19.88
    RHS_V     ramp_g3@11  17.3
    RHS_V     ramp_g4@11  17.44
    RHS_V     ramp_g5@11  9.66
    RHS_V     reserve@11  197.61
    RHS_V     mustrun@11  21.62
    RHS_V     energycap_g0  551.83
RANGES
    RANGE     ramp_g0@1  42.66
    RANGE     ramp_g2@1  39.76
    RANGE     ramp_g3@1  34.6
    RANGE     ramp_g4@1  34.88
    RANGE     ramp_g5@1  19.32
    RANGE     ramp_g0@2  42.66
    RANGE     ramp_g2@2  39.76
    RANGE     ramp_g3@2  34.6
    RANGE     ramp_g4@2  34.88
    RANGE     ramp_g5@2  19.32
    RANGE     ramp_g0@3  42.66
    RANGE     ramp_g2@3  39.76
    RANGE     ramp_g3@3  34.6
    RANGE     ramp_g4@3  34.88
    RANGE     ramp_g5@3  19.32
    RANGE     ramp_g0@4  42.66
    RANGE     ramp_g2@4  39.76
    RANGE     ramp_g3@4  34.6
    RANGE     ramp_g4@4  34.88
    RANGE     ramp_g5@4  19.32
    RANGE     ramp_g0@5  42.66
    RANGE     ramp_g2@5  39.76
    RANGE     ramp_g3@5  34.6
    RANGE     ramp_g4@5  34.88
    RANGE     ramp_g5@5  19.32
    RANGE     ramp_g0@6  42.66
    RANGE     ramp_g2@6  39.76
    RANGE     ramp_g3@6  34.6
    RANGE     ramp_g4@6  34.88
    RANGE     ramp_g5@6  19.32
    RANGE     ramp_g0@7  42.66
    RANGE     ramp_g2@7  39.76
    RANGE     ramp_g3@7  34.6
    RANGE     ramp_g4@7  34.88
    RANGE     ramp_g5@7  19.32
    RANGE     ramp_g0@8  42.66
    RANGE     ramp_g2@8  39.76
    RANGE     ramp_g3@8  34.6
    RANGE     ramp_g4@8  34.88
    RANGE     ramp_g5@8  19.32
    RANGE     ramp_g0@9  42.66
    RANGE     ramp_g2@9  39.76
    RANGE     ramp_g3@9  34.6
    RANGE     ramp_g4@9  34.88
    RANGE     ramp_g5@9  19.32
    RANGE     ramp_g0@10  42.66
    RANGE     ramp_g2@10  39.76
    RANGE     ramp_g3@10  34.6
    RANGE     ramp_g4@10  34.88
    RANGE     ramp_g5@10  19.32
    RANGE     ramp_g0@11  42.66
    RANGE     ramp_g2@11  39.76
    RANGE     ramp_g3@11  34.6
    RANGE     ramp_g4@11  34.88
    RANGE     ramp_g5@11  19.32
BOUNDS
 UP BOUND     p_g0@0    76.52
 FX BOUND     p_g1@0    9.08
 LO BOUND     p_g2@0    18.1
 UP BOUND     p_g2@0    76.77
 UP BOUND     p_g3@0    82.06
 UP BOUND     p_g4@0    41.2
 UP BOUND     p_g5@0    33.51
 MI BOUND     imp@0   
 UP BOUND     imp@0     15.08
 FR BOUND     f_l0@0  
 LO BOUND     f_l1@0    -60.92
 UP BOUND     f_l1@0    60.92
 LO BOUND     f_l2@0    -46.18
 UP BOUND     f_l2@0    46.18
 UP BOUND     ch_s0@0   62.17
 UP BOUND     dis_s0@0  62.17
 UP BOUND     soc_s0@0  248.7
 UP BOUND     ch_s1@0   27.32
 UP BOUND     dis_s1@0  27.32
 UP BOUND     soc_s1@0  109.27
 UP BOUND     p_g0@1    78.25
 FX BOUND     p_g1@1    9.08
 LO BOUND     p_g2@1    18.1
 UP BOUND     p_g2@1    75.9
 UP BOUND     p_g3@1    90.44
 UP BOUND     p_g4@1    40.82
 UP BOUND     p_g5@1    36.78
 MI BOUND     imp@1   
 UP BOUND     imp@1     15.08
 FR BOUND     f_l0@1  
 LO BOUND     f_l1@1    -60.92
 UP BOUND     f_l1@1    60.92
 LO BOUND     f_l2@1    -46.18
 UP BOUND     f_l2@1    46.18
 UP BOUND     ch_s0@1   62.17
 UP BOUND     dis_s0@1  62.17
 UP BOUND     soc_s0@1  248.7
 UP BOUND     ch_s1@1   27.32
 UP BOUND     dis_s1@1  27.32
 UP BOUND     soc_s1@1  109.27
 UP BOUND     p_g0@2    78.22
 FX BOUND     p_g1@2    11.55
 LO BOUND     p_g2@2    18.1
 UP BOUND     p_g2@2    74.79
 UP BOUND     p_g3@2    83.41
 UP BOUND     p_g4@2    41.35
 UP BOUND     p_g5@2    36.05
 MI BOUND     imp@2   
 UP BOUND     imp@2     15.08
 FR BOUND     f_l0@2  
 LO BOUND     f_l1@2    -60.92
 UP BOUND     f_l1@2    60.92
 LO BOUND     f_l2@2    -46.18
 UP BOUND     f_l2@2    46.18
 UP BOUND     ch_s0@2   62.17
 UP BOUND     dis_s0@2  62.17
 UP BOUND     soc_s0@2  248.7
 UP BOUND     ch_s1@2   27.32
 UP BOUND     dis_s1@2  27.32
 UP BOUND     soc_s1@2  109.27
 UP BOUND     p_g0@3    75.87
 FX BOUND     p_g1@3    8.29
 LO BOUND     p_g2@3    18.1
 UP BOUND     p_g2@3    79.46
 UP BOUND     p_g3@3    85.4
 UP BOUND     p_g4@3    45.93
 UP BOUND     p_g5@3    32.37
 MI BOUND     imp@3   
 UP BOUND     imp@3     15.08
 FR BOUND     f_l0@3  
 LO BOUND     f_l1@3    -60.92
 UP BOUND     f_l1@3    60.92
 LO BOUND     f_l2@3    -46.18
 UP BOUND     f_l2@3    46.18
 UP BOUND     ch_s0@3   62.17
 UP BOUND     dis_s0@3  62.17
 UP BOUND     soc_s0@3  248.7
 UP BOUND     ch_s1@3   27.32
 UP BOUND     dis_s1@3  27.32
 UP BOUND     soc_s1@3  109.27
 UP BOUND     p_g0@4    80.47
 FX BOUND     p_g1@4    10.74
 LO BOUND     p_g2@4    18.1
 UP BOUND     p_g2@4    75
 UP BOUND     p_g3@4    85.42
 UP BOUND     p_g4@4    47.23
 UP BOUND     p_g5@4    31.51
 MI BOUND     imp@4   
 UP BOUND     imp@4     15.08
 FR BOUND     f_l0@4  
 LO BOUND     f_l1@4    -60.92
 UP BOUND     f_l1@4    60.92
 LO BOUND     f_l2@4    -46.18
 UP BOUND     f_l2@4    46.18
 UP BOUND     ch_s0@4   62.17
 UP BOUND     dis_s0@4  62.17
 UP BOUND     soc_s0@4  248.7
 UP BOUND     ch_s1@4   27.32
 UP BOUND     dis_s1@4  27.32
 UP BOUND     soc_s1@4  109.27
 UP BOUND     p_g0@5    80.68
 FX BOUND     p_g1@5    10.42
 LO BOUND     p_g2@5    18.1
 UP BOUND     p_g2@5    72.39
 UP BOUND     p_g3@5    83.09
 UP BOUND     p_g4@5    41.23
 UP BOUND     p_g5@5    32.94
 MI BOUND     imp@5   
 UP BOUND     imp@5     15.08
 FR BOUND     f_l0@5  
 LO BOUND     f_l1@5    -60.92
 UP BOUND     f_l1@5    60.92
 LO BOUND     f_l2@5    -46.18
 UP BOUND     f_l2@5    46.18
 UP BOUND     ch_s0@5   62.17
 UP BOUND     dis_s0@5  62.17
 UP BOUND     soc_s0@5  248.7
 UP BOUND     ch_s1@5   27.32
 UP BOUND     dis_s1@5  27.32
 UP BOUND     soc_s1@5  109.27
 UP BOUND     p_g0@6    79.81
 FX BOUND     p_g1@6    10.47
 LO BOUND     p_g2@6    18.1
 UP BOUND     p_g2@6    79.9
 UP BOUND     p_g3@6    90.8
 UP BOUND     p_g4@6    45.11
 UP BOUND     p_g5@6    33.86
 MI BOUND     imp@6   
 UP BOUND     imp@6     15.08
 FR BOUND     f_l0@6  
 LO BOUND     f_l1@6    -60.92
 UP BOUND     f_l1@6    60.92
 LO BOUND     f_l2@6    -46.18
 UP BOUND     f_l2@6    46.18
 UP BOUND     ch_s0@6   62.17
 UP BOUND     dis_s0@6  62.17
 UP BOUND     soc_s0@6  248.7
 UP BOUND     ch_s1@6   27.32
 UP BOUND     dis_s1@6  27.32
 UP BOUND     soc_s1@6  109.27
 UP BOUND     p_g0@7    73.67
 FX BOUND     p_g1@7    8.77
 LO BOUND     p_g2@7    18.1
 UP BOUND     p_g2@7    75.1
 UP BOUND     p_g3@7    78.02
 UP BOUND     p_g4@7    45.21
 UP BOUND     p_g5@7    32.41
 MI BOUND     imp@7   
 UP BOUND     imp@7     15.08
 FR BOUND     f_l0@7  
 LO BOUND     f_l1@7    -60.92
 UP BOUND     f_l1@7    60.92
 LO BOUND     f_l2@7    -46.18
 UP BOUND     f_l2@7    46.18
 UP BOUND     ch_s0@7   62.17
 UP BOUND     dis_s0@7  62.17
 UP BOUND     soc_s0@7  248.7
 UP BOUND     ch_s1@7   27.32
 UP BOUND     dis_s1@7  27.32
 UP BOUND     soc_s1@7  109.27
 UP BOUND     p_g0@8    72.41
 FX BOUND     p_g1@8    10.16
 LO BOUND     p_g2@8    18.1
 UP BOUND     p_g2@8    77.32
 UP BOUND     p_g3@8    87.6
 UP BOUND     p_g4@8    44.31
 UP BOUND     p_g5@8    33.39
 MI BOUND     imp@8   
 UP BOUND     imp@8     15.08
 FR BOUND     f_l0@8  
 LO BOUND     f_l1@8    -60.92
 UP BOUND     f_l1@8    60.92
 LO BOUND     f_l2@8    -46.18
 UP BOUND     f_l2@8    46.18
 UP BOUND     ch_s0@8   62.17
 UP BOUND     dis_s0@8  62.17
 UP BOUND     soc_s0@8  248.7
 UP BOUND     ch_s1@8   27.32
 UP BOUND     dis_s1@8  27.32
 UP BOUND     soc_s1@8  109.27
 UP BOUND     p_g0@9    75.6
 FX BOUND     p_g1@9    11.07
 LO BOUND     p_g2@9    18.1
 UP BOUND     p_g2@9    82.31
 UP BOUND     p_g3@9    81.05
 UP BOUND     p_g4@9    40.57
 UP BOUND     p_g5@9    35.29
 MI BOUND     imp@9   
 UP BOUND     imp@9     15.08
 FR BOUND     f_l0@9  
 LO BOUND     f_l1@9    -60.92
 UP BOUND     f_l1@9    60.92
 LO BOUND     f_l2@9    -46.18
 UP BOUND     f_l2@9    46.18
 UP BOUND     ch_s0@9   62.17
 UP BOUND     dis_s0@9  62.17
 UP BOUND     soc_s0@9  248.7
 UP BOUND     ch_s1@9   27.32
 UP BOUND     dis_s1@9  27.32
 UP BOUND     soc_s1@9  109.27
 UP BOUND     p_g0@10   77.12
 FX BOUND     p_g1@10   7.81
 LO BOUND     p_g2@10   18.1
 UP BOUND     p_g2@10   78.17
 UP BOUND     p_g3@10   78.27
 UP BOUND     p_g4@10   45.5
 UP BOUND     p_g5@10   35.62
 MI BOUND     imp@10  
 UP BOUND     imp@10    15.08
 FR BOUND     f_l0@10 
 LO BOUND     f_l1@10   -60.92
 UP BOUND     f_l1@10   60.92
 LO BOUND     f_l2@10   -46.18
 UP BOUND     f_l2@10   46.18
 UP BOUND     ch_s0@10  62.17
 UP BOUND     dis_s0@10  62.17
 UP BOUND     soc_s0@10  248.7
 UP BOUND     ch_s1@10  27.32
 UP BOUND     dis_s1@10  27.32
 UP BOUND     soc_s1@10  109.27
 UP BOUND     p_g0@11   71.1
 FX BOUND     p_g1@11   10.62
 LO BOUND     p_g2@11   18.1
 UP BOUND     p_g2@11   76.64
 UP BOUND     p_g3@11   79.89
 UP BOUND     p_g4@11   43.62
 UP BOUND     p_g5@11   36.06
 MI BOUND     imp@11  
 UP BOUND     imp@11    15.08
 FR BOUND     f_l0@11 
 LO BOUND     f_l1@11   -60.92
 UP BOUND     f_l1@11   60.92
 LO BOUND     f_l2@11   -46.18
 UP BOUND     f_l2@11   46.18
 UP BOUND     ch_s0@11  62.17
 UP BOUND     dis_s0@11  62.17
 UP BOUND     soc_s0@11  248.7
 UP BOUND     ch_s1@11  27.32
 UP BOUND     dis_s1@11  27.32
 UP BOUND     soc_s1@11  109.27
ENDATA
