NAME        dispatch-24x4
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b1@0
 E  bal_b2@0
 E  bal_b3@0
 E  soc_s0@0
 L  soccap_s0@0
 E  soc_s1@0
 L  soccap_s1@0
 L  reserve@0
 G  mustrun@0
 E  bal_b0@1
 E  bal_b1@1
 E  bal_b2@1
 E  bal_b3@1
 L  ramp_g0@1
 L  ramp_g2@1
 L  ramp_g3@1
 L  ramp_g4@1
 L  ramp_g5@1
 L  ramp_g7@1
 E  soc_s0@1
 L  soccap_s0@1
 E  soc_s1@1
 L  soccap_s1@1
 L  reserve@1
 G  mustrun@1
 E  bal_b0@2
 E  bal_b1@2
 E  bal_b2@2
 E  bal_b3@2
 L  ramp_g0@2
 L  ramp_g2@2
 L  ramp_g3@2
 L  ramp_g4@2
 L  ramp_g5@2
 L  ramp_g7@2
 E  soc_s0@2
 L  soccap_s0@2
 E  soc_s1@2
 L  soccap_s1@2
 L  reserve@2
 G  mustrun@2
 E  bal_b0@3
 E  bal_b1@3
 E  bal_b2@3
 E  bal_b3@3
 L  ramp_g0@3
 L  ramp_g2@3
 L  ramp_g3@3
 L  ramp_g4@3
 L  ramp_g5@3
 L  ramp_g7@3
 E  soc_s0@3
 L  soccap_s0@3
 E  soc_s1@3
 L  soccap_s1@3
 L  reserve@3
 G  mustrun@3
 E  bal_b0@4
 E  bal_b1@4
 E  bal_b2@4
 E  bal_b3@4
 L  ramp_g0@4
 L  ramp_g2@4
 L  ramp_g3@4
 L  ramp_g4@4
 L  ramp_g5@4
 L  ramp_g7@4
 E  soc_s0@4
 L  soccap_s0@4
 E  soc_s1@4
 L  soccap_s1@4
 L  reserve@4
 G  mustrun@4
 E  bal_b0@5
 E  bal_b1@5
 E  bal_b2@5
 E  bal_b3@5
 L  ramp_g0@5
 L  ramp_g2@5
 L  ramp_g3@5
 L  ramp_g4@5
 L  ramp_g5@5
 L  ramp_g7@5
 E  soc_s0@5
 L  soccap_s0@5
 E  soc_s1@5
 L  soccap_s1@5
 L  reserve@5
 G  mustrun@5
 E  bal_b0@6
 E  bal_b1@6
 E  bal_b2@6
 E  bal_b3@6
 L  ramp_g0@6
 L  ramp_g2@6
 L  ramp_g3@6
 L  ramp_g4@6
 L  ramp_g5@6
 L  ramp_g7@6
 E  soc_s0@6
 L  soccap_s0@6
 E  soc_s1@6
 L  soccap_s1@6
 L  reserve@6
 G  mustrun@6
 E  bal_b0@7
 E  bal_b1@7
 E  bal_b2@7
 E  bal_b3@7
 L  ramp_g0@7
 L  ramp_g2@7
 L  ramp_g3@7
 L  ramp_g4@7
 L  ramp_g5@7
 L  ramp_g7@7
 E  soc_s0@7
 L  soccap_s0@7
 E  soc_s1@7
 L  soccap_s1@7
 L  reserve@7
 G  mustrun@7
 E  bal_b0@8
 E  bal_b1@8
 E  bal_b2@8
 E  bal_b3@8
 L  ramp_g0@8
 L  ramp_g2@8
 L  ramp_g3@8
 L  ramp_g4@8
 L  ramp_g5@8
 L  ramp_g7@8
 E  soc_s0@8
 L  soccap_s0@8
 E  soc_s1@8
 L  soccap_s1@8
 L  reserve@8
 G  mustrun@8
 E  bal_b0@9
 E  bal_b1@9
 E  bal_b2@9
 E  bal_b3@9
 L  ramp_g0@9
 L  ramp_g2@9
 L  ramp_g3@9
 L  ramp_g4@9
 L  ramp_g5@9
 L  ramp_g7@9
 E  soc_s0@9
 L  soccap_s0@9
 E  soc_s1@9
 L  soccap_s1@9
 L  reserve@9
 G  mustrun@9
 E  bal_b0@10
 E  bal_b1@10
 E  bal_b2@10
 E  bal_b3@10
 L  ramp_g0@10
 L  ramp_g2@10
 L  ramp_g3@10
 L  ramp_g4@10
 L  ramp_g5@10
 L  ramp_g7@10
 E  soc_s0@10
 L  soccap_s0@10
 E  soc_s1@10
 L  soccap_s1@10
 L  reserve@10
 G  mustrun@10
 E  bal_b0@11
 E  bal_b1@11
 E  bal_b2@11
 E  bal_b3@11
 L  ramp_g0@11
 L  ramp_g2@11
 L  ramp_g3@11
 L  ramp_g4@11
 L  ramp_g5@11
 L  ramp_g7@11
 E  soc_s0@11
 L  soccap_s0@11
 E  soc_s1@11
 L  soccap_s1@11
 L  reserve@11
 G  mustrun@11
 E  bal_b0@12
 E  bal_b1@12
 E  bal_b2@12
 E  bal_b3@12
 L  ramp_g0@12
 L  ramp_g2@12
 L  ramp_g3@12
 L  ramp_g4@12
 L  ramp_g5@12
 L  ramp_g7@12
 E  soc_s0@12
 L  soccap_s0@12
 E  soc_s1@12
 L  soccap_s1@12
 L  reserve@12
 G  mustrun@12
 E  bal_b0@13
 E  bal_b1@13
 E  bal_b2@13
 E  bal_b3@13
 L  ramp_g0@13
 L  ramp_g2@13
 L  ramp_g3@13
 L  ramp_g4@13
 L  ramp_g5@13
 L  ramp_g7@13
 E  soc_s0@13
 L  soccap_s0@13
 E  soc_s1@13
 L  soccap_s1@13
 L  reserve@13
 G  mustrun@13
 E  bal_b0@14
 E  bal_b1@14
 E  bal_b2@14
 E  bal_b3@14
 L  ramp_g0@14
 L  ramp_g2@14
 L  ramp_g3@14
 L  ramp_g4@14
 L  ramp_g5@14
 L  ramp_g7@14
 E  soc_s0@14
 L  soccap_s0@14
 E  soc_s1@14
 L  soccap_s1@14
 L  reserve@14
 G  mustrun@14
 E  bal_b0@15
 E  bal_b1@15
 E  bal_b2@15
 E  bal_b3@15
 L  ramp_g0@15
 L  ramp_g2@15
 L  ramp_g3@15
 L  ramp_g4@15
 L  ramp_g5@15
 L  ramp_g7@15
 E  soc_s0@15
 L  soccap_s0@15
 E  soc_s1@15
 L  soccap_s1@15
 L  reserve@15
 G  mustrun@15
 E  bal_b0@16
 E  bal_b1@16
 E  bal_b2@16
 E  bal_b3@16
 L  ramp_g0@16
 L  ramp_g2@16
 L  ramp_g3@16
 L  ramp_g4@16
 L  ramp_g5@16
 L  ramp_g7@16
 E  soc_s0@16
 L  soccap_s0@16
 E  soc_s1@16
 L  soccap_s1@16
 L  reserve@16
 G  mustrun@16
 E  bal_b0@17
 E  bal_b1@17
 E  bal_b2@17
 E  bal_b3@17
 L  ramp_g0@17
 L  ramp_g2@17
 L  ramp_g3@17
 L  ramp_g4@17
 L  ramp_g5@17
 L  ramp_g7@17
 E  soc_s0@17
 L  soccap_s0@17
 E  soc_s1@17
 L  soccap_s1@17
 L  reserve@17
 G  mustrun@17
 E  bal_b0@18
 E  bal_b1@18
 E  bal_b2@18
 E  bal_b3@18
 L  ramp_g0@18
 L  ramp_g2@18
 L  ramp_g3@18
 L  ramp_g4@18
 L  ramp_g5@18
 L  ramp_g7@18
 E  soc_s0@18
 L  soccap_s0@18
 E  soc_s1@18
 L  soccap_s1@18
 L  reserve@18
 G  mustrun@18
 E  bal_b0@19
 E  bal_b1@19
 E  bal_b2@19
 E  bal_b3@19
 L  ramp_g0@19
 L  ramp_g2@19
 L  ramp_g3@19
 L  ramp_g4@19
 L  ramp_g5@19
 L  ramp_g7@19
 E  soc_s0@19
 L  soccap_s0@19
 E  soc_s1@19
 L  soccap_s1@19
 L  reserve@19
 G  mustrun@19
 E  bal_b0@20
 E  bal_b1@20
 E  bal_b2@20
 E  bal_b3@20
 L  ramp_g0@20
 L  ramp_g2@20
 L  ramp_g3@20
 L  ramp_g4@20
 L  ramp_g5@20
 L  ramp_g7@20
 E  soc_s0@20
 L  soccap_s0@20
 E  soc_s1@20
 L  soccap_s1@20
 L  reserve@20
 G  mustrun@20
 E  bal_b0@21
 E  bal_b1@21
 E  bal_b2@21
 E  bal_b3@21
 L  ramp_g0@21
 L  ramp_g2@21
 L  ramp_g3@21
 L  ramp_g4@21
 L  ramp_g5@21
 L  ramp_g7@21
 E  soc_s0@21
 L  soccap_s0@21
 E  soc_s1@21
 L  soccap_s1@21
 L  reserve@21
 G  mustrun@21
 E  bal_b0@22
 E  bal_b1@22
 E  bal_b2@22
 E  bal_b3@22
 L  ramp_g0@22
 L  ramp_g2@22
 L  ramp_g3@22
 L  ramp_g4@22
 L  ramp_g5@22
 L  ramp_g7@22
 E  soc_s0@22
 L  soccap_s0@22
 E  soc_s1@22
 L  soccap_s1@22
 L  reserve@22
 G  mustrun@22
 E  bal_b0@23
 E  bal_b1@23
 E  bal_b2@23
 E  bal_b3@23
 L  ramp_g0@23
 L  ramp_g2@23
 L  ramp_g3@23
 L  ramp_g4@23
 L  ramp_g5@23
 L  ramp_g7@23
 E  soc_s0@23
 L  soccap_s0@23
 E  soc_s1@23
 L  soccap_s1@23
 L  reserve@23
 G  mustrun@23
 L  energycap_g0
COLUMNS
    cap_s0    Obj       6.72
    cap_s0    soccap_s0@0  -1
    cap_s0    soccap_s0@1  -1
    cap_s0    soccap_s0@2  -1
    cap_s0    soccap_s0@3  -1
    cap_s0    soccap_s0@4  -1
    cap_s0    soccap_s0@5  -1
    cap_s0    soccap_s0@6  -1
    cap_s0    soccap_s0@7  -1
    cap_s0    soccap_s0@8  -1
    cap_s0    soccap_s0@9  -1
    cap_s0    soccap_s0@10  -1
    cap_s0    soccap_s0@11  -1
    cap_s0    soccap_s0@12  -1
    cap_s0    soccap_s0@13  -1
    cap_s0    soccap_s0@14  -1
    cap_s0    soccap_s0@15  -1
    cap_s0    soccap_s0@16  -1
    cap_s0    soccap_s0@17  -1
    cap_s0    soccap_s0@18  -1
    cap_s0    soccap_s0@19  -1
    cap_s0    soccap_s0@20  -1
    cap_s0    soccap_s0@21  -1
    cap_s0    soccap_s0@22  -1
    cap_s0    soccap_s0@23  -1
    cap_s1    Obj       8.87
    cap_s1    soccap_s1@0  -1
    cap_s1    soccap_s1@1  -1
    cap_s1    soccap_s1@2  -1
    cap_s1    soccap_s1@3  -1
    cap_s1    soccap_s1@4  -1
    cap_s1    soccap_s1@5  -1
    cap_s1    soccap_s1@6  -1
    cap_s1    soccap_s1@7  -1
    cap_s1    soccap_s1@8  -1
    cap_s1    soccap_s1@9  -1
    cap_s1    soccap_s1@10  -1
    cap_s1    soccap_s1@11  -1
    cap_s1    soccap_s1@12  -1
    cap_s1    soccap_s1@13  -1
    cap_s1    soccap_s1@14  -1
    cap_s1    soccap_s1@15  -1
    cap_s1    soccap_s1@16  -1
    cap_s1    soccap_s1@17  -1
    cap_s1    soccap_s1@18  -1
    cap_s1    soccap_s1@19  -1
    cap_s1    soccap_s1@20  -1
    cap_s1    soccap_s1@21  -1
    cap_s1    soccap_s1@22  -1
    cap_s1    soccap_s1@23  -1
    p_g0@0    Obj       17.47
    p_g0@0    bal_b0@0  1
    p_g0@0    reserve@0  1
    p_g0@0    ramp_g0@1  -1
    p_g0@0    energycap_g0  1
    p_g1@0    Obj       67.88
    p_g1@0    bal_b0@0  1
    p_g2@0    Obj       77.85
    p_g2@0    bal_b1@0  1
    p_g2@0    reserve@0  1
    p_g2@0    ramp_g2@1  -1
    p_g3@0    Obj       79.16
    p_g3@0    bal_b1@0  1
    p_g3@0    reserve@0  1
    p_g3@0    ramp_g3@1  -1
    p_g4@0    Obj       47.37
    p_g4@0    bal_b2@0  1
    p_g4@0    ramp_g4@1  -1
    p_g5@0    Obj       34.45
    p_g5@0    bal_b2@0  1
    p_g5@0    mustrun@0  1
    p_g5@0    ramp_g5@1  -1
    p_g6@0    Obj       64.83
    p_g6@0    bal_b3@0  1
    p_g7@0    Obj       82.55
    p_g7@0    bal_b3@0  1
    p_g7@0    mustrun@0  1
    p_g7@0    ramp_g7@1  -1
    imp@0     Obj       52.2
    imp@0     bal_b3@0  1
    f_l0@0    bal_b0@0  -1
    f_l0@0    bal_b1@0  1
    f_l1@0    bal_b0@0  -1
    f_l1@0    bal_b2@0  1
    f_l2@0    bal_b2@0  -1
    f_l2@0    bal_b3@0  1
    f_l3@0    bal_b1@0  -1
    f_l3@0    bal_b3@0  1
    ch_s0@0   bal_b2@0  -1
    ch_s0@0   soc_s0@0  -0.8834
    dis_s0@0  Obj       0.1
    dis_s0@0  bal_b2@0  1
    dis_s0@0  soc_s0@0  1.0796
    soc_s0@0  soc_s0@0  1
    soc_s0@0  soccap_s0@0  1
    soc_s0@0  soc_s0@1  -0.9972
    ch_s1@0   bal_b2@0  -1
    ch_s1@0   soc_s1@0  -0.8878
    dis_s1@0  Obj       0.1
    dis_s1@0  bal_b2@0  1
    dis_s1@0  soc_s1@0  1.1128
    soc_s1@0  soc_s1@0  1
    soc_s1@0  soccap_s1@0  1
    soc_s1@0  soc_s1@1  -0.9971
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    shed_b1@0  Obj       10000
    shed_b1@0  bal_b1@0  1
    shed_b2@0  Obj       10000
    shed_b2@0  bal_b2@0  1
    shed_b3@0  Obj       10000
    shed_b3@0  bal_b3@0  1
    p_g0@1    Obj       17.47
    p_g0@1    bal_b0@1  1
    p_g0@1    ramp_g0@1  1
    p_g0@1    reserve@1  1
    p_g0@1    ramp_g0@2  -1
    p_g0@1    energycap_g0  1
    p_g1@1    Obj       67.88
    p_g1@1    bal_b0@1  1
    p_g2@1    Obj       77.85
    p_g2@1    bal_b1@1  1
    p_g2@1    ramp_g2@1  1
    p_g2@1    reserve@1  1
    p_g2@1    ramp_g2@2  -1
    p_g3@1    Obj       79.16
    p_g3@1    bal_b1@1  1
    p_g3@1    ramp_g3@1  1
    p_g3@1    reserve@1  1
    p_g3@1    ramp_g3@2  -1
    p_g4@1    Obj       47.37
    p_g4@1    bal_b2@1  1
    p_g4@1    ramp_g4@1  1
    p_g4@1    ramp_g4@2  -1
    p_g5@1    Obj       34.45
    p_g5@1    bal_b2@1  1
    p_g5@1    ramp_g5@1  1
    p_g5@1    mustrun@1  1
    p_g5@1    ramp_g5@2  -1
    p_g6@1    Obj       64.83
    p_g6@1    bal_b3@1  1
    p_g7@1    Obj       82.55
    p_g7@1    bal_b3@1  1
    p_g7@1    ramp_g7@1  1
    p_g7@1    mustrun@1  1
    p_g7@1    ramp_g7@2  -1
    imp@1     Obj       52.2
    imp@1     bal_b3@1  1
    f_l0@1    bal_b0@1  -1
    f_l0@1    bal_b1@1  1
    f_l1@1    bal_b0@1  -1
    f_l1@1    bal_b2@1  1
    f_l2@1    bal_b2@1  -1
    f_l2@1    bal_b3@1  1
    f_l3@1    bal_b1@1  -1
    f_l3@1    bal_b3@1  1
    ch_s0@1   bal_b2@1  -1
    ch_s0@1   soc_s0@1  -0.8834
    dis_s0@1  Obj       0.1
    dis_s0@1  bal_b2@1  1
    dis_s0@1  soc_s0@1  1.0796
    soc_s0@1  soc_s0@1  1
    soc_s0@1  soccap_s0@1  1
    soc_s0@1  soc_s0@2  -0.9972
    ch_s1@1   bal_b2@1  -1
    ch_s1@1   soc_s1@1  -0.8878
    dis_s1@1  Obj       0.1
    dis_s1@1  bal_b2@1  1
    dis_s1@1  soc_s1@1  1.1128
    soc_s1@1  soc_s1@1  1
    soc_s1@1  soccap_s1@1  1
    soc_s1@1  soc_s1@2  -0.9971
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    shed_b1@1  Obj       10000
    shed_b1@1  bal_b1@1  1
    shed_b2@1  Obj       10000
    shed_b2@1  bal_b2@1  1
    shed_b3@1  Obj       10000
    shed_b3@1  bal_b3@1  1
    p_g0@2    Obj       17.47
    p_g0@2    bal_b0@2  1
    p_g0@2    ramp_g0@2  1
    p_g0@2    reserve@2  1
    p_g0@2    ramp_g0@3  -1
    p_g0@2    energycap_g0  1
    p_g1@2    Obj       67.88
    p_g1@2    bal_b0@2  1
    p_g2@2    Obj       77.85
    p_g2@2    bal_b1@2  1
    p_g2@2    ramp_g2@2  1
    p_g2@2    reserve@2  1
    p_g2@2    ramp_g2@3  -1
    p_g3@2    Obj       79.16
    p_g3@2    bal_b1@2  1
    p_g3@2    ramp_g3@2  1
    p_g3@2    reserve@2  1
    p_g3@2    ramp_g3@3  -1
    p_g4@2    Obj       47.37
    p_g4@2    bal_b2@2  1
    p_g4@2    ramp_g4@2  1
    p_g4@2    ramp_g4@3  -1
    p_g5@2    Obj       34.45
    p_g5@2    bal_b2@2  1
    p_g5@2    ramp_g5@2  1
    p_g5@2    mustrun@2  1
    p_g5@2    ramp_g5@3  -1
    p_g6@2    Obj       64.83
    p_g6@2    bal_b3@2  1
    p_g7@2    Obj       82.55
    p_g7@2    bal_b3@2  1
    p_g7@2    ramp_g7@2  1
    p_g7@2    mustrun@2  1
    p_g7@2    ramp_g7@3  -1
    imp@2     Obj       52.2
    imp@2     bal_b3@2  1
    f_l0@2    bal_b0@2  -1
    f_l0@2    bal_b1@2  1
    f_l1@2    bal_b0@2  -1
    f_l1@2    bal_b2@2  1
    f_l2@2    bal_b2@2  -1
    f_l2@2    bal_b3@2  1
    f_l3@2    bal_b1@2  -1
    f_l3@2    bal_b3@2  1
    ch_s0@2   bal_b2@2  -1
    ch_s0@2   soc_s0@2  -0.8834
    dis_s0@2  Obj       0.1
    dis_s0@2  bal_b2@2  1
    dis_s0@2  soc_s0@2  1.0796
    soc_s0@2  soc_s0@2  1
    soc_s0@2  soccap_s0@2  1
    soc_s0@2  soc_s0@3  -0.9972
    ch_s1@2   bal_b2@2  -1
    ch_s1@2   soc_s1@2  -0.8878
    dis_s1@2  Obj       0.1
    dis_s1@2  bal_b2@2  1
    dis_s1@2  soc_s1@2  1.1128
    soc_s1@2  soc_s1@2  1
    soc_s1@2  soccap_s1@2  1
    soc_s1@2  soc_s1@3  -0.9971
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    shed_b1@2  Obj       10000
    shed_b1@2  bal_b1@2  1
    shed_b2@2  Obj       10000
    shed_b2@2  bal_b2@2  1
    shed_b3@2  Obj       10000
    shed_b3@2  bal_b3@2  1
    p_g0@3    Obj       17.47
    p_g0@3    bal_b0@3  1
    p_g0@3    ramp_g0@3  1
    p_g0@3    reserve@3  1
    p_g0@3    ramp_g0@4  -1
    p_g0@3    energycap_g0  1
    p_g1@3    Obj       67.88
    p_g1@3    bal_b0@3  1
    p_g2@3    Obj       77.85
    p_g2@3    bal_b1@3  1
    p_g2@3    ramp_g2@3  1
    p_g2@3    reserve@3  1
    p_g2@3    ramp_g2@4  -1
    p_g3@3    Obj       79.16
    p_g3@3    bal_b1@3  1
    p_g3@3    ramp_g3@3  1
    p_g3@3    reserve@3  1
    p_g3@3    ramp_g3@4  -1
    p_g4@3    Obj       47.37
    p_g4@3    bal_b2@3  1
    p_g4@3    ramp_g4@3  1
    p_g4@3    ramp_g4@4  -1
    p_g5@3    Obj       34.45
    p_g5@3    bal_b2@3  1
    p_g5@3    ramp_g5@3  1
    p_g5@3    mustrun@3  1
    p_g5@3    ramp_g5@4  -1
    p_g6@3    Obj       64.83
    p_g6@3    bal_b3@3  1
    p_g7@3    Obj       82.55
    p_g7@3    bal_b3@3  1
    p_g7@3    ramp_g7@3  1
    p_g7@3    mustrun@3  1
    p_g7@3    ramp_g7@4  -1
    imp@3     Obj       52.2
    imp@3     bal_b3@3  1
    f_l0@3    bal_b0@3  -1
    f_l0@3    bal_b1@3  1
    f_l1@3    bal_b0@3  -1
    f_l1@3    bal_b2@3  1
    f_l2@3    bal_b2@3  -1
    f_l2@3    bal_b3@3  1
    f_l3@3    bal_b1@3  -1
    f_l3@3    bal_b3@3  1
    ch_s0@3   bal_b2@3  -1
    ch_s0@3   soc_s0@3  -0.8834
    dis_s0@3  Obj       0.1
    dis_s0@3  bal_b2@3  1
    dis_s0@3  soc_s0@3  1.0796
    soc_s0@3  soc_s0@3  1
    soc_s0@3  soccap_s0@3  1
    soc_s0@3  soc_s0@4  -0.9972
    ch_s1@3   bal_b2@3  -1
    ch_s1@3   soc_s1@3  -0.8878
    dis_s1@3  Obj       0.1
    dis_s1@3  bal_b2@3  1
    dis_s1@3  soc_s1@3  1.1128
    soc_s1@3  soc_s1@3  1
    soc_s1@3  soccap_s1@3  1
    soc_s1@3  soc_s1@4  -0.9971
    shed_b0@3  Obj       10000
    shed_b0@3  bal_b0@3  1
    shed_b1@3  Obj       10000
    shed_b1@3  bal_b1@3  1
    shed_b2@3  Obj       10000
    shed_b2@3  bal_b2@3  1
    shed_b3@3  Obj       10000
    shed_b3@3  bal_b3@3  1
    p_g0@4    Obj       17.47
    p_g0@4    bal_b0@4  1
    p_g0@4    ramp_g0@4  1
    p_g0@4    reserve@4  1
    p_g0@4    ramp_g0@5  -1
    p_g0@4    energycap_g0  1
    p_g1@4    Obj       67.88
    p_g1@4    bal_b0@4  1
    p_g2@4    Obj       77.85
    p_g2@4    bal_b1@4  1
    p_g2@4    ramp_g2@4  1
    p_g2@4    reserve@4  1
    p_g2@4    ramp_g2@5  -1
    p_g3@4    Obj       79.16
    p_g3@4    bal_b1@4  1
    p_g3@4    ramp_g3@4  1
    p_g3@4    reserve@4  1
    p_g3@4    ramp_g3@5  -1
    p_g4@4    Obj       47.37
    p_g4@4    bal_b2@4  1
    p_g4@4    ramp_g4@4  1
    p_g4@4    ramp_g4@5  -1
    p_g5@4    Obj       34.45
    p_g5@4    bal_b2@4  1
    p_g5@4    ramp_g5@4  1
    p_g5@4    mustrun@4  1
    p_g5@4    ramp_g5@5  -1
    p_g6@4    Obj       64.83
    p_g6@4    bal_b3@4  1
    p_g7@4    Obj       82.55
    p_g7@4    bal_b3@4  1
    p_g7@4    ramp_g7@4  1
    p_g7@4    mustrun@4  1
    p_g7@4    ramp_g7@5  -1
    imp@4     Obj       52.2
    imp@4     bal_b3@4  1
    f_l0@4    bal_b0@4  -1
    f_l0@4    bal_b1@4  1
    f_l1@4    bal_b0@4  -1
    f_l1@4    bal_b2@4  1
    f_l2@4    bal_b2@4  -1
    f_l2@4    bal_b3@4  1
    f_l3@4    bal_b1@4  -1
    f_l3@4    bal_b3@4  1
    ch_s0@4   bal_b2@4  -1
    ch_s0@4   soc_s0@4  -0.8834
    dis_s0@4  Obj       0.1
    dis_s0@4  bal_b2@4  1
    dis_s0@4  soc_s0@4  1.0796
    soc_s0@4  soc_s0@4  1
    soc_s0@4  soccap_s0@4  1
    soc_s0@4  soc_s0@5  -0.9972
    ch_s1@4   bal_b2@4  -1
    ch_s1@4   soc_s1@4  -0.8878
    dis_s1@4  Obj       0.1
    dis_s1@4  bal_b2@4  1
    dis_s1@4  soc_s1@4  1.1128
    soc_s1@4  soc_s1@4  1
    soc_s1@4  soccap_s1@4  1
    soc_s1@4  soc_s1@5  -0.9971
    shed_b0@4  Obj       10000
    shed_b0@4  bal_b0@4  1
    shed_b1@4  Obj       10000
    shed_b1@4  bal_b1@4  1
    shed_b2@4  Obj       10000
    shed_b2@4  bal_b2@4  1
    shed_b3@4  Obj       10000
    shed_b3@4  bal_b3@4  1
    p_g0@5    Obj       17.47
    p_g0@5    bal_b0@5  1
    p_g0@5    ramp_g0@5  1
    p_g0@5    reserve@5  1
    p_g0@5    ramp_g0@6  -1
    p_g0@5    energycap_g0  1
    p_g1@5    Obj       67.88
    p_g1@5    bal_b0@5  1
    p_g2@5    Obj       77.85
    p_g2@5    bal_b1@5  1
    p_g2@5    ramp_g2@5  1
    p_g2@5    reserve@5  1
    p_g2@5    ramp_g2@6  -1
    p_g3@5    Obj       79.16
    p_g3@5    bal_b1@5  1
    p_g3@5    ramp_g3@5  1
    p_g3@5    reserve@5  1
    p_g3@5    ramp_g3@6  -1
    p_g4@5    Obj       47.37
    p_g4@5    bal_b2@5  1
    p_g4@5    ramp_g4@5  1
    p_g4@5    ramp_g4@6  -1
    p_g5@5    Obj       34.45
    p_g5@5    bal_b2@5  1
    p_g5@5    ramp_g5@5  1
    p_g5@5    mustrun@5  1
    p_g5@5    ramp_g5@6  -1
    p_g6@5    Obj       64.83
    p_g6@5    bal_b3@5  1
    p_g7@5    Obj       82.55
    p_g7@5    bal_b3@5  1
    p_g7@5    ramp_g7@5  1
    p_g7@5    mustrun@5  1
    p_g7@5    ramp_g7@6  -1
    imp@5     Obj       52.2
    imp@5     bal_b3@5  1
    f_l0@5    bal_b0@5  -1
    f_l0@5    bal_b1@5  1
    f_l1@5    bal_b0@5  -1
    f_l1@5    bal_b2@5  1
    f_l2@5    bal_b2@5  -1
    f_l2@5    bal_b3@5  1
    f_l3@5    bal_b1@5  -1
    f_l3@5    bal_b3@5  1
    ch_s0@5   bal_b2@5  -1
    ch_s0@5   soc_s0@5  -0.8834
    dis_s0@5  Obj       0.1
    dis_s0@5  bal_b2@5  1
    dis_s0@5  soc_s0@5  1.0796
    soc_s0@5  soc_s0@5  1
    soc_s0@5  soccap_s0@5  1
    soc_s0@5  soc_s0@6  -0.9972
    ch_s1@5   bal_b2@5  -1
    ch_s1@5   soc_s1@5  -0.8878
    dis_s1@5  Obj       0.1
    dis_s1@5  bal_b2@5  1
    dis_s1@5  soc_s1@5  1.1128
    soc_s1@5  soc_s1@5  1
    soc_s1@5  soccap_s1@5  1
    soc_s1@5  soc_s1@6  -0.9971
    shed_b0@5  Obj       10000
    shed_b0@5  bal_b0@5  1
    shed_b1@5  Obj       10000
    shed_b1@5  bal_b1@5  1
    shed_b2@5  Obj       10000
    shed_b2@5  bal_b2@5  1
    shed_b3@5  Obj       10000
    shed_b3@5  bal_b3@5  1
    p_g0@6    Obj       17.47
    p_g0@6    bal_b0@6  1
    p_g0@6    ramp_g0@6  1
    p_g0@6    reserve@6  1
    p_g0@6    ramp_g0@7  -1
    p_g0@6    energycap_g0  1
    p_g1@6    Obj       67.88
    p_g1@6    bal_b0@6  1
    p_g2@6    Obj       77.85
    p_g2@6    bal_b1@6  1
    p_g2@6    ramp_g2@6  1
    p_g2@6    reserve@6  1
    p_g2@6    ramp_g2@7  -1
    p_g3@6    Obj       79.16
    p_g3@6    bal_b1@6  1
    p_g3@6    ramp_g3@6  1
    p_g3@6    reserve@6  1
    p_g3@6    ramp_g3@7  -1
    p_g4@6    Obj       47.37
    p_g4@6    bal_b2@6  1
    p_g4@6    ramp_g4@6  1
    p_g4@6    ramp_g4@7  -1
    p_g5@6    Obj       34.45
    p_g5@6    bal_b2@6  1
    p_g5@6    ramp_g5@6  1
    p_g5@6    mustrun@6  1
    p_g5@6    ramp_g5@7  -1
    p_g6@6    Obj       64.83
    p_g6@6    bal_b3@6  1
    p_g7@6    Obj       82.55
    p_g7@6    bal_b3@6  1
    p_g7@6    ramp_g7@6  1
    p_g7@6    mustrun@6  1
    p_g7@6    ramp_g7@7  -1
    imp@6     Obj       52.2
    imp@6     bal_b3@6  1
    f_l0@6    bal_b0@6  -1
    f_l0@6    bal_b1@6  1
    f_l1@6    bal_b0@6  -1
    f_l1@6    bal_b2@6  1
    f_l2@6    bal_b2@6  -1
    f_l2@6    bal_b3@6  1
    f_l3@6    bal_b1@6  -1
    f_l3@6    bal_b3@6  1
    ch_s0@6   bal_b2@6  -1
    ch_s0@6   soc_s0@6  -0.8834
    dis_s0@6  Obj       0.1
    dis_s0@6  bal_b2@6  1
    dis_s0@6  soc_s0@6  1.0796
    soc_s0@6  soc_s0@6  1
    soc_s0@6  soccap_s0@6  1
    soc_s0@6  soc_s0@7  -0.9972
    ch_s1@6   bal_b2@6  -1
    ch_s1@6   soc_s1@6  -0.8878
    dis_s1@6  Obj       0.1
    dis_s1@6  bal_b2@6  1
    dis_s1@6  soc_s1@6  1.1128
    soc_s1@6  soc_s1@6  1
    soc_s1@6  soccap_s1@6  1
    soc_s1@6  soc_s1@7  -0.9971
    shed_b0@6  Obj       10000
    shed_b0@6  bal_b0@6  1
    shed_b1@6  Obj       10000
    shed_b1@6  bal_b1@6  1
    shed_b2@6  Obj       10000
    shed_b2@6  bal_b2@6  1
    shed_b3@6  Obj       10000
    shed_b3@6  bal_b3@6  1
    p_g0@7    Obj       17.47
    p_g0@7    bal_b0@7  1
    p_g0@7    ramp_g0@7  1
    p_g0@7    reserve@7  1
    p_g0@7    ramp_g0@8  -1
    p_g0@7    energycap_g0  1
    p_g1@7    Obj       67.88
    p_g1@7    bal_b0@7  1
    p_g2@7    Obj       77.85
    p_g2@7    bal_b1@7  1
    p_g2@7    ramp_g2@7  1
    p_g2@7    reserve@7  1
    p_g2@7    ramp_g2@8  -1
    p_g3@7    Obj       79.16
    p_g3@7    bal_b1@7  1
    p_g3@7    ramp_g3@7  1
    p_g3@7    reserve@7  1
    p_g3@7    ramp_g3@8  -1
    p_g4@7    Obj       47.37
    p_g4@7    bal_b2@7  1
    p_g4@7    ramp_g4@7  1
    p_g4@7    ramp_g4@8  -1
    p_g5@7    Obj       34.45
    p_g5@7    bal_b2@7  1
    p_g5@7    ramp_g5@7  1
    p_g5@7    mustrun@7  1
    p_g5@7    ramp_g5@8  -1
    p_g6@7    Obj       64.83
    p_g6@7    bal_b3@7  1
    p_g7@7    Obj       82.55
    p_g7@7    bal_b3@7  1
    p_g7@7    ramp_g7@7  1
    p_g7@7    mustrun@7  1
    p_g7@7    ramp_g7@8  -1
    imp@7     Obj       52.2
    imp@7     bal_b3@7  1
    f_l0@7    bal_b0@7  -1
    f_l0@7    bal_b1@7  1
    f_l1@7    bal_b0@7  -1
    f_l1@7    bal_b2@7  1
    f_l2@7    bal_b2@7  -1
    f_l2@7    bal_b3@7  1
    f_l3@7    bal_b1@7  -1
    f_l3@7    bal_b3@7  1
    ch_s0@7   bal_b2@7  -1
    ch_s0@7   soc_s0@7  -0.8834
    dis_s0@7  Obj       0.1
    dis_s0@7  bal_b2@7  1
    dis_s0@7  soc_s0@7  1.0796
    soc_s0@7  soc_s0@7  1
    soc_s0@7  soccap_s0@7  1
    soc_s0@7  soc_s0@8  -0.9972
    ch_s1@7   bal_b2@7  -1
    ch_s1@7   soc_s1@7  -0.8878
    dis_s1@7  Obj       0.1
    dis_s1@7  bal_b2@7  1
    dis_s1@7  soc_s1@7  1.1128
    soc_s1@7  soc_s1@7  1
    soc_s1@7  soccap_s1@7  1
    soc_s1@7  soc_s1@8  -0.9971
    shed_b0@7  Obj       10000
    shed_b0@7  bal_b0@7  1
    shed_b1@7  Obj       10000
    shed_b1@7  bal_b1@7  1
    shed_b2@7  Obj       10000
    shed_b2@7  bal_b2@7  1
    shed_b3@7  Obj       10000
    shed_b3@7  bal_b3@7  1
    p_g0@8    Obj       17.47
    p_g0@8    bal_b0@8  1
    p_g0@8    ramp_g0@8  1
    p_g0@8    reserve@8  1
    p_g0@8    ramp_g0@9  -1
    p_g0@8    energycap_g0  1
    p_g1@8    Obj       67.88
    p_g1@8    bal_b0@8  1
    p_g2@8    Obj       77.85
    p_g2@8    bal_b1@8  1
    p_g2@8    ramp_g2@8  1
    p_g2@8    reserve@8  1
    p_g2@8    ramp_g2@9  -1
    p_g3@8    Obj       79.16
    p_g3@8    bal_b1@8  1
    p_g3@8    ramp_g3@8  1
    p_g3@8    reserve@8  1
    p_g3@8    ramp_g3@9  -1
    p_g4@8    Obj       47.37
    p_g4@8    bal_b2@8  1
    p_g4@8    ramp_g4@8  1
    p_g4@8    ramp_g4@9  -1
    p_g5@8    Obj       34.45
    p_g5@8    bal_b2@8  1
    p_g5@8    ramp_g5@8  1
    p_g5@8    mustrun@8  1
    p_g5@8    ramp_g5@9  -1
    p_g6@8    Obj       64.83
    p_g6@8    bal_b3@8  1
    p_g7@8    Obj       82.55
    p_g7@8    bal_b3@8  1
    p_g7@8    ramp_g7@8  1
    p_g7@8    mustrun@8  1
    p_g7@8    ramp_g7@9  -1
    imp@8     Obj       52.2
    imp@8     bal_b3@8  1
    f_l0@8    bal_b0@8  -1
    f_l0@8    bal_b1@8  1
    f_l1@8    bal_b0@8  -1
    f_l1@8    bal_b2@8  1
    f_l2@8    bal_b2@8  -1
    f_l2@8    bal_b3@8  1
    f_l3@8    bal_b1@8  -1
    f_l3@8    bal_b3@8  1
    ch_s0@8   bal_b2@8  -1
    ch_s0@8   soc_s0@8  -0.8834
    dis_s0@8  Obj       0.1
    dis_s0@8  bal_b2@8  1
    dis_s0@8  soc_s0@8  1.0796
    soc_s0@8  soc_s0@8  1
    soc_s0@8  soccap_s0@8  1
    soc_s0@8  soc_s0@9  -0.9972
    ch_s1@8   bal_b2@8  -1
    ch_s1@8   soc_s1@8  -0.8878
    dis_s1@8  Obj       0.1
    dis_s1@8  bal_b2@8  1
    dis_s1@8  soc_s1@8  1.1128
    soc_s1@8  soc_s1@8  1
    soc_s1@8  soccap_s1@8  1
    soc_s1@8  soc_s1@9  -0.9971
    shed_b0@8  Obj       10000
    shed_b0@8  bal_b0@8  1
    shed_b1@8  Obj       10000
    shed_b1@8  bal_b1@8  1
    shed_b2@8  Obj       10000
    shed_b2@8  bal_b2@8  1
    shed_b3@8  Obj       10000
    shed_b3@8  bal_b3@8  1
    p_g0@9    Obj       17.47
    p_g0@9    bal_b0@9  1
    p_g0@9    ramp_g0@9  1
    p_g0@9    reserve@9  1
    p_g0@9    ramp_g0@10  -1
    p_g0@9    energycap_g0  1
    p_g1@9    Obj       67.88
    p_g1@9    bal_b0@9  1
    p_g2@9    Obj       77.85
    p_g2@9    bal_b1@9  1
    p_g2@9    ramp_g2@9  1
    p_g2@9    reserve@9  1
    p_g2@9    ramp_g2@10  -1
    p_g3@9    Obj       79.16
    p_g3@9    bal_b1@9  1
    p_g3@9    ramp_g3@9  1
    p_g3@9    reserve@9  1
    p_g3@9    ramp_g3@10  -1
    p_g4@9    Obj       47.37
    p_g4@9    bal_b2@9  1
    p_g4@9    ramp_g4@9  1
    p_g4@9    ramp_g4@10  -1
    p_g5@9    Obj       34.45
    p_g5@9    bal_b2@9  1
    p_g5@9    ramp_g5@9  1
    p_g5@9    mustrun@9  1
    p_g5@9    ramp_g5@10  -1
    p_g6@9    Obj       64.83
    p_g6@9    bal_b3@9  1
    p_g7@9    Obj       82.55
    p_g7@9    bal_b3@9  1
    p_g7@9    ramp_g7@9  1
    p_g7@9    mustrun@9  1
    p_g7@9    ramp_g7@10  -1
    imp@9     Obj       52.2
    imp@9     bal_b3@9  1
    f_l0@9    bal_b0@9  -1
    f_l0@9    bal_b1@9  1
    f_l1@9    bal_b0@9  -1
    f_l1@9    bal_b2@9  1
    f_l2@9    bal_b2@9  -1
    f_l2@9    bal_b3@9  1
    f_l3@9    bal_b1@9  -1
    f_l3@9    bal_b3@9  1
    ch_s0@9   bal_b2@9  -1
    ch_s0@9   soc_s0@9  -0.8834
    dis_s0@9  Obj       0.1
    dis_s0@9  bal_b2@9  1
    dis_s0@9  soc_s0@9  1.0796
    soc_s0@9  soc_s0@9  1
    soc_s0@9  soccap_s0@9  1
    soc_s0@9  soc_s0@10  -0.9972
    ch_s1@9   bal_b2@9  -1
    ch_s1@9   soc_s1@9  -0.8878
    dis_s1@9  Obj       0.1
    dis_s1@9  bal_b2@9  1
    dis_s1@9  soc_s1@9  1.1128
    soc_s1@9  soc_s1@9  1
    soc_s1@9  soccap_s1@9  1
    soc_s1@9  soc_s1@10  -0.9971
    shed_b0@9  Obj       10000
    shed_b0@9  bal_b0@9  1
    shed_b1@9  Obj       10000
    shed_b1@9  bal_b1@9  1
    shed_b2@9  Obj       10000
    shed_b2@9  bal_b2@9  1
    shed_b3@9  Obj       10000
    shed_b3@9  bal_b3@9  1
    p_g0@10   Obj       17.47
    p_g0@10   bal_b0@10  1
    p_g0@10   ramp_g0@10  1
    p_g0@10   reserve@10  1
    p_g0@10   ramp_g0@11  -1
    p_g0@10   energycap_g0  1
    p_g1@10   Obj       67.88
    p_g1@10   bal_b0@10  1
    p_g2@10   Obj       77.85
    p_g2@10   bal_b1@10  1
    p_g2@10   ramp_g2@10  1
    p_g2@10   reserve@10  1
    p_g2@10   ramp_g2@11  -1
    p_g3@10   Obj       79.16
    p_g3@10   bal_b1@10  1
    p_g3@10   ramp_g3@10  1
    p_g3@10   reserve@10  1
    p_g3@10   ramp_g3@11  -1
    p_g4@10   Obj       47.37
    p_g4@10   bal_b2@10  1
    p_g4@10   ramp_g4@10  1
    p_g4@10   ramp_g4@11  -1
    p_g5@10   Obj       34.45
    p_g5@10   bal_b2@10  1
    p_g5@10   ramp_g5@10  1
    p_g5@10   mustrun@10  1
    p_g5@10   ramp_g5@11  -1
    p_g6@10   Obj       64.83
    p_g6@10   bal_b3@10  1
    p_g7@10   Obj       82.55
    p_g7@10   bal_b3@10  1
    p_g7@10   ramp_g7@10  1
    p_g7@10   mustrun@10  1
    p_g7@10   ramp_g7@11  -1
    imp@10    Obj       52.2
    imp@10    bal_b3@10  1
    f_l0@10   bal_b0@10  -1
    f_l0@10   bal_b1@10  1
    f_l1@10   bal_b0@10  -1
    f_l1@10   bal_b2@10  1
    f_l2@10   bal_b2@10  -1
    f_l2@10   bal_b3@10  1
    f_l3@10   bal_b1@10  -1
    f_l3@10   bal_b3@10  1
    ch_s0@10  bal_b2@10  -1
    ch_s0@10  soc_s0@10  -0.8834
    dis_s0@10  Obj       0.1
    dis_s0@10  bal_b2@10  1
    dis_s0@10  soc_s0@10  1.0796
    soc_s0@10  soc_s0@10  1
    soc_s0@10  soccap_s0@10  1
    soc_s0@10  soc_s0@11  -0.9972
    ch_s1@10  bal_b2@10  -1
    ch_s1@10  soc_s1@10  -0.8878
    dis_s1@10  Obj       0.1
    dis_s1@10  bal_b2@10  1
    dis_s1@10  soc_s1@10  1.1128
    soc_s1@10  soc_s1@10  1
    soc_s1@10  soccap_s1@10  1
    soc_s1@10  soc_s1@11  -0.9971
    shed_b0@10  Obj       10000
    shed_b0@10  bal_b0@10  1
    shed_b1@10  Obj       10000
    shed_b1@10  bal_b1@10  1
    shed_b2@10  Obj       10000
    shed_b2@10  bal_b2@10  1
    shed_b3@10  Obj       10000
    shed_b3@10  bal_b3@10  1
    p_g0@11   Obj       17.47
    p_g0@11   bal_b0@11  1
    p_g0@11   ramp_g0@11  1
    p_g0@11   reserve@11  1
    p_g0@11   ramp_g0@12  -1
    p_g0@11   energycap_g0  1
    p_g1@11   Obj       67.88
    p_g1@11   bal_b0@11  1
    p_g2@11   Obj       77.85
    p_g2@11   bal_b1@11  1
    p_g2@11   ramp_g2@11  1
    p_g2@11   reserve@11  1
    p_g2@11   ramp_g2@12  -1
    p_g3@11   Obj       79.16
    p_g3@11   bal_b1@11  1
    p_g3@11   ramp_g3@11  1
    p_g3@11   reserve@11  1
    p_g3@11   ramp_g3@12  -1
    p_g4@11   Obj       47.37
    p_g4@11   bal_b2@11  1
    p_g4@11   ramp_g4@11  1
    p_g4@11   ramp_g4@12  -1
    p_g5@11   Obj       34.45
    p_g5@11   bal_b2@11  1
    p_g5@11   ramp_g5@11  1
    p_g5@11   mustrun@11  1
    p_g5@11   ramp_g5@12  -1
    p_g6@11   Obj       64.83
    p_g6@11   bal_b3@11  1
    p_g7@11   Obj       82.55
    p_g7@11   bal_b3@11  1
    p_g7@11   ramp_g7@11  1
    p_g7@11   mustrun@11  1
    p_g7@11   ramp_g7@12  -1
    imp@11    Obj       52.2
    imp@11    bal_b3@11  1
    f_l0@11   bal_b0@11  -1
    f_l0@11   bal_b1@11  1
    f_l1@11   bal_b0@11  -1
    f_l1@11   bal_b2@11  1
    f_l2@11   bal_b2@11  -1
    f_l2@11   bal_b3@11  1
    f_l3@11   bal_b1@11  -1
    f_l3@11   bal_b3@11  1
    ch_s0@11  bal_b2@11  -1
    ch_s0@11  soc_s0@11  -0.8834
    dis_s0@11  Obj       0.1
    dis_s0@11  bal_b2@11  1
    dis_s0@11  soc_s0@11  1.0796
    soc_s0@11  soc_s0@11  1
    soc_s0@11  soccap_s0@11  1
    soc_s0@11  soc_s0@12  -0.9972
    ch_s1@11  bal_b2@11  -1
    ch_s1@11  soc_s1@11  -0.8878
    dis_s1@11  Obj       0.1
    dis_s1@11  bal_b2@11  1
    dis_s1@11  soc_s1@11  1.1128
    soc_s1@11  soc_s1@11  1
    soc_s1@11  soccap_s1@11  1
    soc_s1@11  soc_s1@12  -0.9971
    shed_b0@11  Obj       10000
    shed_b0@11  bal_b0@11  1
    shed_b1@11  Obj       10000
    shed_b1@11  bal_b1@11  1
    shed_b2@11  Obj       10000
    shed_b2@11  bal_b2@11  1
    shed_b3@11  Obj       10000
    shed_b3@11  bal_b3@11  1
    p_g0@12   Obj       17.47
    p_g0@12   bal_b0@12  1
    p_g0@12   ramp_g0@12  1
    p_g0@12   reserve@12  1
    p_g0@12   ramp_g0@13  -1
    p_g0@12   energycap_g0  1
    p_g1@12   Obj       67.88
    p_g1@12   bal_b0@12  1
    p_g2@12   Obj       77.85
    p_g2@12   bal_b1@12  1
    p_g2@12   ramp_g2@12  1
    p_g2@12   reserve@12  1
    p_g2@12   ramp_g2@13  -1
    p_g3@12   Obj       79.16
    p_g3@12   bal_b1@12  1
    p_g3@12   ramp_g3@12  1
    p_g3@12   reserve@12  1
    p_g3@12   ramp_g3@13  -1
    p_g4@12   Obj       47.37
    p_g4@12   bal_b2@12  1
    p_g4@12   ramp_g4@12  1
    p_g4@12   ramp_g4@13  -1
    p_g5@12   Obj       34.45
    p_g5@12   bal_b2@12  1
    p_g5@12   ramp_g5@12  1
    p_g5@12   mustrun@12  1
    p_g5@12   ramp_g5@13  -1
    p_g6@12   Obj       64.83
    p_g6@12   bal_b3@12  1
    p_g7@12   Obj       82.55
    p_g7@12   bal_b3@12  1
    p_g7@12   ramp_g7@12  1
    p_g7@12   mustrun@12  1
    p_g7@12   ramp_g7@13  -1
    imp@12    Obj       52.2
    imp@12    bal_b3@12  1
    f_l0@12   bal_b0@12  -1
    f_l0@12   bal_b1@12  1
    f_l1@12   bal_b0@12  -1
    f_l1@12   bal_b2@12  1
    f_l2@12   bal_b2@12  -1
    f_l2@12   bal_b3@12  1
    f_l3@12   bal_b1@12  -1
    f_l3@12   bal_b3@12  1
    ch_s0@12  bal_b2@12  -1
    ch_s0@12  soc_s0@12  -0.8834
    dis_s0@12  Obj       0.1
    dis_s0@12  bal_b2@12  1
    dis_s0@12  soc_s0@12  1.0796
    soc_s0@12  soc_s0@12  1
    soc_s0@12  soccap_s0@12  1
    soc_s0@12  soc_s0@13  -0.9972
    ch_s1@12  bal_b2@12  -1
    ch_s1@12  soc_s1@12  -0.8878
    dis_s1@12  Obj       0.1
    dis_s1@12  bal_b2@12  1
    dis_s1@12  soc_s1@12  1.1128
    soc_s1@12  soc_s1@12  1
    soc_s1@12  soccap_s1@12  1
    soc_s1@12  soc_s1@13  -0.9971
    shed_b0@12  Obj       10000
    shed_b0@12  bal_b0@12  1
    shed_b1@12  Obj       10000
    shed_b1@12  bal_b1@12  1
    shed_b2@12  Obj       10000
    shed_b2@12  bal_b2@12  1
    shed_b3@12  Obj       10000
    shed_b3@12  bal_b3@12  1
    p_g0@13   Obj       17.47
    p_g0@13   bal_b0@13  1
    p_g0@13   ramp_g0@13  1
    p_g0@13   reserve@13  1
    p_g0@13   ramp_g0@14  -1
    p_g0@13   energycap_g0  1
    p_g1@13   Obj       67.88
    p_g1@13   bal_b0@13  1
    p_g2@13   Obj       77.85
    p_g2@13   bal_b1@13  1
    p_g2@13   ramp_g2@13  1
    p_g2@13   reserve@13  1
    p_g2@13   ramp_g2@14  -1
    p_g3@13   Obj       79.16
    p_g3@13   bal_b1@13  1
    p_g3@13   ramp_g3@13  1
    p_g3@13   reserve@13  1
    p_g3@13   ramp_g3@14  -1
    p_g4@13   Obj       47.37
    p_g4@13   bal_b2@13  1
    p_g4@13   ramp_g4@13  1
    p_g4@13   ramp_g4@14  -1
    p_g5@13   Obj       34.45
    p_g5@13   bal_b2@13  1
    p_g5@13   ramp_g5@13  1
    p_g5@13   mustrun@13  1
    p_g5@13   ramp_g5@14  -1
    p_g6@13   Obj       64.83
    p_g6@13   bal_b3@13  1
    p_g7@13   Obj       82.55
    p_g7@13   bal_b3@13  1
    p_g7@13   ramp_g7@13  1
    p_g7@13   mustrun@13  1
    p_g7@13   ramp_g7@14  -1
    imp@13    Obj       52.2
    imp@13    bal_b3@13  1
    f_l0@13   bal_b0@13  -1
    f_l0@13   bal_b1@13  1
    f_l1@13   bal_b0@13  -1
    f_l1@13   bal_b2@13  1
    f_l2@13   bal_b2@13  -1
    f_l2@13   bal_b3@13  1
    f_l3@13   bal_b1@13  -1
    f_l3@13   bal_b3@13  1
    ch_s0@13  bal_b2@13  -1
    ch_s0@13  soc_s0@13  -0.8834
    dis_s0@13  Obj       0.1
    dis_s0@13  bal_b2@13  1
    dis_s0@13  soc_s0@13  1.0796
    soc_s0@13  soc_s0@13  1
    soc_s0@13  soccap_s0@13  1
    soc_s0@13  soc_s0@14  -0.9972
    ch_s1@13  bal_b2@13  -1
    ch_s1@13  soc_s1@13  -0.8878
    dis_s1@13  Obj       0.1
    dis_s1@13  bal_b2@13  1
    dis_s1@13  soc_s1@13  1.1128
    soc_s1@13  soc_s1@13  1
    soc_s1@13  soccap_s1@13  1
    soc_s1@13  soc_s1@14  -0.9971
    shed_b0@13  Obj       10000
    shed_b0@13  bal_b0@13  1
    shed_b1@13  Obj       10000
    shed_b1@13  bal_b1@13  1
    shed_b2@13  Obj       10000
    shed_b2@13  bal_b2@13  1
    shed_b3@13  Obj       10000
    shed_b3@13  bal_b3@13  1
    p_g0@14   Obj       17.47
    p_g0@14   bal_b0@14  1
    p_g0@14   ramp_g0@14  1
    p_g0@14   reserve@14  1
    p_g0@14   ramp_g0@15  -1
    p_g0@14   energycap_g0  1
    p_g1@14   Obj       67.88
    p_g1@14   bal_b0@14  1
    p_g2@14   Obj       77.85
    p_g2@14   bal_b1@14  1
    p_g2@14   ramp_g2@14  1
    p_g2@14   reserve@14  1
    p_g2@14   ramp_g2@15  -1
    p_g3@14   Obj       79.16
    p_g3@14   bal_b1@14  1
    p_g3@14   ramp_g3@14  1
    p_g3@14   reserve@14  1
    p_g3@14   ramp_g3@15  -1
    p_g4@14   Obj       47.37
    p_g4@14   bal_b2@14  1
    p_g4@14   ramp_g4@14  1
    p_g4@14   ramp_g4@15  -1
    p_g5@14   Obj       34.45
    p_g5@14   bal_b2@14  1
    p_g5@14   ramp_g5@14  1
    p_g5@14   mustrun@14  1
    p_g5@14   ramp_g5@15  -1
    p_g6@14   Obj       64.83
    p_g6@14   bal_b3@14  1
    p_g7@14   Obj       82.55
    p_g7@14   bal_b3@14  1
    p_g7@14   ramp_g7@14  1
    p_g7@14   mustrun@14  1
    p_g7@14   ramp_g7@15  -1
    imp@14    Obj       52.2
    imp@14    bal_b3@14  1
    f_l0@14   bal_b0@14  -1
    f_l0@14   bal_b1@14  1
    f_l1@14   bal_b0@14  -1
    f_l1@14   bal_b2@14  1
    f_l2@14   bal_b2@14  -1
    f_l2@14   bal_b3@14  1
    f_l3@14   bal_b1@14  -1
    f_l3@14   bal_b3@14  1
    ch_s0@14  bal_b2@14  -1
    ch_s0@14  soc_s0@14  -0.8834
    dis_s0@14  Obj       0.1
    dis_s0@14  bal_b2@14  1
    dis_s0@14  soc_s0@14  1.0796
    soc_s0@14  soc_s0@14  1
    soc_s0@14  soccap_s0@14  1
    soc_s0@14  soc_s0@15  -0.9972
    ch_s1@14  bal_b2@14  -1
    ch_s1@14  soc_s1@14  -0.8878
    dis_s1@14  Obj       0.1
    dis_s1@14  bal_b2@14  1
    dis_s1@14  soc_s1@14  1.1128
    soc_s1@14  soc_s1@14  1
    soc_s1@14  soccap_s1@14  1
    soc_s1@14  soc_s1@15  -0.9971
    shed_b0@14  Obj       10000
    shed_b0@14  bal_b0@14  1
    shed_b1@14  Obj       10000
    shed_b1@14  bal_b1@14  1
    shed_b2@14  Obj       10000
    shed_b2@14  bal_b2@14  1
    shed_b3@14  Obj       10000
    shed_b3@14  bal_b3@14  1
    p_g0@15   Obj       17.47
    p_g0@15   bal_b0@15  1
    p_g0@15   ramp_g0@15  1
    p_g0@15   reserve@15  1
    p_g0@15   ramp_g0@16  -1
    p_g0@15   energycap_g0  1
    p_g1@15   Obj       67.88
    p_g1@15   bal_b0@15  1
    p_g2@15   Obj       77.85
    p_g2@15   bal_b1@15  1
    p_g2@15   ramp_g2@15  1
    p_g2@15   reserve@15  1
    p_g2@15   ramp_g2@16  -1
    p_g3@15   Obj       79.16
    p_g3@15   bal_b1@15  1
    p_g3@15   ramp_g3@15  1
    p_g3@15   reserve@15  1
    p_g3@15   ramp_g3@16  -1
    p_g4@15   Obj       47.37
    p_g4@15   bal_b2@15  1
    p_g4@15   ramp_g4@15  1
    p_g4@15   ramp_g4@16  -1
    p_g5@15   Obj       34.45
    p_g5@15   bal_b2@15  1
    p_g5@15   ramp_g5@15  1
    p_g5@15   mustrun@15  1
    p_g5@15   ramp_g5@16  -1
    p_g6@15   Obj       64.83
    p_g6@15   bal_b3@15  1
    p_g7@15   Obj       82.55
    p_g7@15   bal_b3@15  1
    p_g7@15   ramp_g7@15  1
    p_g7@15   mustrun@15  1
    p_g7@15   ramp_g7@16  -1
    imp@15    Obj       52.2
    imp@15    bal_b3@15  1
    f_l0@15   bal_b0@15  -1
    f_l0@15   bal_b1@15  1
    f_l1@15   bal_b0@15  -1
    f_l1@15   bal_b2@15  1
    f_l2@15   bal_b2@15  -1
    f_l2@15   bal_b3@15  1
    f_l3@15   bal_b1@15  -1
    f_l3@15   bal_b3@15  1
    ch_s0@15  bal_b2@15  -1
    ch_s0@15  soc_s0@15  -0.8834
    dis_s0@15  Obj       0.1
    dis_s0@15  bal_b2@15  1
    dis_s0@15  soc_s0@15  1.0796
    soc_s0@15  soc_s0@15  1
    soc_s0@15  soccap_s0@15  1
    soc_s0@15  soc_s0@16  -0.9972
    ch_s1@15  bal_b2@15  -1
    ch_s1@15  soc_s1@15  -0.8878
    dis_s1@15  Obj       0.1
    dis_s1@15  bal_b2@15  1
    dis_s1@15  soc_s1@15  1.1128
    soc_s1@15  soc_s1@15  1
    soc_s1@15  soccap_s1@15  1
    soc_s1@15  soc_s1@16  -0.9971
    shed_b0@15  Obj       10000
    shed_b0@15  bal_b0@15  1
    shed_b1@15  Obj       10000
    shed_b1@15  bal_b1@15  1
    shed_b2@15  Obj       10000
    shed_b2@15  bal_b2@15  1
    shed_b3@15  Obj       10000
    shed_b3@15  bal_b3@15  1
    p_g0@16   Obj       17.47
    p_g0@16   bal_b0@16  1
    p_g0@16   ramp_g0@16  1
    p_g0@16   reserve@16  1
    p_g0@16   ramp_g0@17  -1
    p_g0@16   energycap_g0  1
    p_g1@16   Obj       67.88
    p_g1@16   bal_b0@16  1
    p_g2@16   Obj       77.85
    p_g2@16   bal_b1@16  1
    p_g2@16   ramp_g2@16  1
    p_g2@16   reserve@16  1
    p_g2@16   ramp_g2@17  -1
    p_g3@16   Obj       79.16
    p_g3@16   bal_b1@16  1
    p_g3@16   ramp_g3@16  1
    p_g3@16   reserve@16  1
    p_g3@16   ramp_g3@17  -1
    p_g4@16   Obj       47.37
    p_g4@16   bal_b2@16  1
    p_g4@16   ramp_g4@16  1
    p_g4@16   ramp_g4@17  -1
    p_g5@16   Obj       34.45
    p_g5@16   bal_b2@16  1
    p_g5@16   ramp_g5@16  1
    p_g5@16   mustrun@16  1
    p_g5@16   ramp_g5@17  -1
    p_g6@16   Obj       64.83
    p_g6@16   bal_b3@16  1
    p_g7@16   Obj       82.55
    p_g7@16   bal_b3@16  1
    p_g7@16   ramp_g7@16  1
    p_g7@16   mustrun@16  1
    p_g7@16   ramp_g7@17  -1
    imp@16    Obj       52.2
    imp@16    bal_b3@16  1
    f_l0@16   bal_b0@16  -1
    f_l0@16   bal_b1@16  1
    f_l1@16   bal_b0@16  -1
    f_l1@16   bal_b2@16  1
    f_l2@16   bal_b2@16  -1
    f_l2@16   bal_b3@16  1
    f_l3@16   bal_b1@16  -1
    f_l3@16   bal_b3@16  1
    ch_s0@16  bal_b2@16  -1
    ch_s0@16  soc_s0@16  -0.8834
    dis_s0@16  Obj       0.1
    dis_s0@16  bal_b2@16  1
    dis_s0@16  soc_s0@16  1.0796
    soc_s0@16  soc_s0@16  1
    soc_s0@16  soccap_s0@16  1
    soc_s0@16  soc_s0@17  -0.9972
    ch_s1@16  bal_b2@16  -1
    ch_s1@16  soc_s1@16  -0.8878
    dis_s1@16  Obj       0.1
    dis_s1@16  bal_b2@16  1
    dis_s1@16  soc_s1@16  1.1128
    soc_s1@16  soc_s1@16  1
    soc_s1@16  soccap_s1@16  1
    soc_s1@16  soc_s1@17  -0.9971
    shed_b0@16  Obj       10000
    shed_b0@16  bal_b0@16  1
    shed_b1@16  Obj       10000
    shed_b1@16  bal_b1@16  1
    shed_b2@16  Obj       10000
    shed_b2@16  bal_b2@16  1
    shed_b3@16  Obj       10000
    shed_b3@16  bal_b3@16  1
    p_g0@17   Obj       17.47
    p_g0@17   bal_b0@17  1
    p_g0@17   ramp_g0@17  1
    p_g0@17   reserve@17  1
    p_g0@17   ramp_g0@18  -1
    p_g0@17   energycap_g0  1
    p_g1@17   Obj       67.88
    p_g1@17   bal_b0@17  1
    p_g2@17   Obj       77.85
    p_g2@17   bal_b1@17  1
    p_g2@17   ramp_g2@17  1
    p_g2@17   reserve@17  1
    p_g2@17   ramp_g2@18  -1
    p_g3@17   Obj       79.16
    p_g3@17   bal_b1@17  1
    p_g3@17   ramp_g3@17  1
    p_g3@17   reserve@17  1
    p_g3@17   ramp_g3@18  -1
    p_g4@17   Obj       47.37
    p_g4@17   bal_b2@17  1
    p_g4@17   ramp_g4@17  1
    p_g4@17   ramp_g4@18  -1
    p_g5@17   Obj       34.45
    p_g5@17   bal_b2@17  1
    p_g5@17   ramp_g5@17  1
    p_g5@17   mustrun@17  1
    p_g5@17   ramp_g5@18  -1
    p_g6@17   Obj       64.83
    p_g6@17   bal_b3@17  1
    p_g7@17   Obj       82.55
    p_g7@17   bal_b3@17  1
    p_g7@17   ramp_g7@17  1
    p_g7@17   mustrun@17  1
    p_g7@17   ramp_g7@18  -1
    imp@17    Obj       52.2
    imp@17    bal_b3@17  1
    f_l0@17   bal_b0@17  -1
    f_l0@17   bal_b1@17  1
    f_l1@17   bal_b0@17  -1
    f_l1@17   bal_b2@17  1
    f_l2@17   bal_b2@17  -1
    f_l2@17   bal_b3@17  1
    f_l3@17   bal_b1@17  -1
    f_l3@17   bal_b3@17  1
    ch_s0@17  bal_b2@17  -1
    ch_s0@17  soc_s0@17  -0.8834
    dis_s0@17  Obj       0.1
    dis_s0@17  bal_b2@17  1
    dis_s0@17  soc_s0@17  1.0796
    soc_s0@17  soc_s0@17  1
    soc_s0@17  soccap_s0@17  1
    soc_s0@17  soc_s0@18  -0.9972
    ch_s1@17  bal_b2@17  -1
    ch_s1@17  soc_s1@17  -0.8878
    dis_s1@17  Obj       0.1
    dis_s1@17  bal_b2@17  1
    dis_s1@17  soc_s1@17  1.1128
    soc_s1@17  soc_s1@17  1
    soc_s1@17  soccap_s1@17  1
    soc_s1@17  soc_s1@18  -0.9971
    shed_b0@17  Obj       10000
    shed_b0@17  bal_b0@17  1
    shed_b1@17  Obj       10000
    shed_b1@17  bal_b1@17  1
    shed_b2@17  Obj       10000
    shed_b2@17  bal_b2@17  1
    shed_b3@17  Obj       10000
    shed_b3@17  bal_b3@17  1
    p_g0@18   Obj       17.47
    p_g0@18   bal_b0@18  1
    p_g0@18   ramp_g0@18  1
    p_g0@18   reserve@18  1
    p_g0@18   ramp_g0@19  -1
    p_g0@18   energycap_g0  1
    p_g1@18   Obj       67.88
    p_g1@18   bal_b0@18  1
    p_g2@18   Obj       77.85
    p_g2@18   bal_b1@18  1
    p_g2@18   ramp_g2@18  1
    p_g2@18   reserve@18  1
    p_g2@18   ramp_g2@19  -1
    p_g3@18   Obj       79.16
    p_g3@18   bal_b1@18  1
    p_g3@18   ramp_g3@18  1
    p_g3@18   reserve@18  1
    p_g3@18   ramp_g3@19  -1
    p_g4@18   Obj       47.37
    p_g4@18   bal_b2@18  1
    p_g4@18   ramp_g4@18  1
    p_g4@18   ramp_g4@19  -1
    p_g5@18   Obj       34.45
    p_g5@18   bal_b2@18  1
    p_g5@18   ramp_g5@18  1
    p_g5@18   mustrun@18  1
    p_g5@18   ramp_g5@19  -1
    p_g6@18   Obj       64.83
    p_g6@18   bal_b3@18  1
    p_g7@18   Obj       82.55
    p_g7@18   bal_b3@18  1
    p_g7@18   ramp_g7@18  1
    p_g7@18   mustrun@18  1
    p_g7@18   ramp_g7@19  -1
    imp@18    Obj       52.2
    imp@18    bal_b3@18  1
    f_l0@18   bal_b0@18  -1
    f_l0@18   bal_b1@18  1
    f_l1@18   bal_b0@18  -1
    f_l1@18   bal_b2@18  1
    f_l2@18   bal_b2@18  -1
    f_l2@18   bal_b3@18  1
    f_l3@18   bal_b1@18  -1
    f_l3@18   bal_b3@18  1
    ch_s0@18  bal_b2@18  -1
    ch_s0@18  soc_s0@18  -0.8834
    dis_s0@18  Obj       0.1
    dis_s0@18  bal_b2@18  1
    dis_s0@18  soc_s0@18  1.0796
    soc_s0@18  soc_s0@18  1
    soc_s0@18  soccap_s0@18  1
    soc_s0@18  soc_s0@19  -0.9972
    ch_s1@18  bal_b2@18  -1
    ch_s1@18  soc_s1@18  -0.8878
    dis_s1@18  Obj       0.1
    dis_s1@18  bal_b2@18  1
    dis_s1@18  soc_s1@18  1.1128
    soc_s1@18  soc_s1@18  1
    soc_s1@18  soccap_s1@18  1
    soc_s1@18  soc_s1@19  -0.9971
    shed_b0@18  Obj       10000
    shed_b0@18  bal_b0@18  1
    shed_b1@18  Obj       10000
    shed_b1@18  bal_b1@18  1
    shed_b2@18  Obj       10000
    shed_b2@18  bal_b2@18  1
    shed_b3@18  Obj       10000
    shed_b3@18  bal_b3@18  1
    p_g0@19   Obj       17.47
    p_g0@19   bal_b0@19  1
    p_g0@19   ramp_g0@19  1
    p_g0@19   reserve@19  1
    p_g0@19   ramp_g0@20  -1
    p_g0@19   energycap_g0  1
    p_g1@19   Obj       67.88
    p_g1@19   bal_b0@19  1
    p_g2@19   Obj       77.85
    p_g2@19   bal_b1@19  1
    p_g2@19   ramp_g2@19  1
    p_g2@19   reserve@19  1
    p_g2@19   ramp_g2@20  -1
    p_g3@19   Obj       79.16
    p_g3@19   bal_b1@19  1
    p_g3@19   ramp_g3@19  1
    p_g3@19   reserve@19  1
    p_g3@19   ramp_g3@20  -1
    p_g4@19   Obj       47.37
    p_g4@19   bal_b2@19  1
    p_g4@19   ramp_g4@19  1
    p_g4@19   ramp_g4@20  -1
    p_g5@19   Obj       34.45
    p_g5@19   bal_b2@19  1
    p_g5@19   ramp_g5@19  1
    p_g5@19   mustrun@19  1
    p_g5@19   ramp_g5@20  -1
    p_g6@19   Obj       64.83
    p_g6@19   bal_b3@19  1
    p_g7@19   Obj       82.55
    p_g7@19   bal_b3@19  1
    p_g7@19   ramp_g7@19  1
    p_g7@19   mustrun@19  1
    p_g7@19   ramp_g7@20  -1
    imp@19    Obj       52.2
    imp@19    bal_b3@19  1
    f_l0@19   bal_b0@19  -1
    f_l0@19   bal_b1@19  1
    f_l1@19   bal_b0@19  -1
    f_l1@19   bal_b2@19  1
    f_l2@19   bal_b2@19  -1
    f_l2@19   bal_b3@19  1
    f_l3@19   bal_b1@19  -1
    f_l3@19   bal_b3@19  1
    ch_s0@19  bal_b2@19  -1
    ch_s0@19  soc_s0@19  -0.8834
    dis_s0@19  Obj       0.1
    dis_s0@19  bal_b2@19  1
    dis_s0@19  soc_s0@19  1.0796
    soc_s0@19  soc_s0@19  1
    soc_s0@19  soccap_s0@19  1
    soc_s0@19  soc_s0@20  -0.9972
    ch_s1@19  bal_b2@19  -1
    ch_s1@19  soc_s1@19  -0.8878
    dis_s1@19  Obj       0.1
    dis_s1@19  bal_b2@19  1
    dis_s1@19  soc_s1@19  1.1128
    soc_s1@19  soc_s1@19  1
    soc_s1@19  soccap_s1@19  1
    soc_s1@19  soc_s1@20  -0.9971
    shed_b0@19  Obj       10000
    shed_b0@19  bal_b0@19  1
    shed_b1@19  Obj       10000
    shed_b1@19  bal_b1@19  1
    shed_b2@19  Obj       10000
    shed_b2@19  bal_b2@19  1
    shed_b3@19  Obj       10000
    shed_b3@19  bal_b3@19  1
    p_g0@20   Obj       17.47
    p_g0@20   bal_b0@20  1
    p_g0@20   ramp_g0@20  1
    p_g0@20   reserve@20  1
    p_g0@20   ramp_g0@21  -1
    p_g0@20   energycap_g0  1
    p_g1@20   Obj       67.88
    p_g1@20   bal_b0@20  1
    p_g2@20   Obj       77.85
    p_g2@20   bal_b1@20  1
    p_g2@20   ramp_g2@20  1
    p_g2@20   reserve@20  1
    p_g2@20   ramp_g2@21  -1
    p_g3@20   Obj       79.16
    p_g3@20   bal_b1@20  1
    p_g3@20   ramp_g3@20  1
    p_g3@20   reserve@20  1
    p_g3@20   ramp_g3@21  -1
    p_g4@20   Obj       47.37
    p_g4@20   bal_b2@20  1
    p_g4@20   ramp_g4@20  1
    p_g4@20   ramp_g4@21  -1
    p_g5@20   Obj       34.45
    p_g5@20   bal_b2@20  1
    p_g5@20   ramp_g5@20  1
    p_g5@20   mustrun@20  1
    p_g5@20   ramp_g5@21  -1
    p_g6@20   Obj       64.83
    p_g6@20   bal_b3@20  1
    p_g7@20   Obj       82.55
    p_g7@20   bal_b3@20  1
    p_g7@20   ramp_g7@20  1
    p_g7@20   mustrun@20  1
    p_g7@20   ramp_g7@21  -1
    imp@20    Obj       52.2
    imp@20    bal_b3@20  1
    f_l0@20   bal_b0@20  -1
    f_l0@20   bal_b1@20  1
    f_l1@20   bal_b0@20  -1
    f_l1@20   bal_b2@20  1
    f_l2@20   bal_b2@20  -1
    f_l2@20   bal_b3@20  1
    f_l3@20   bal_b1@20  -1
    f_l3@20   bal_b3@20  1
    ch_s0@20  bal_b2@20  -1
    ch_s0@20  soc_s0@20  -0.8834
    dis_s0@20  Obj       0.1
    dis_s0@20  bal_b2@20  1
    dis_s0@20  soc_s0@20  1.0796
    soc_s0@20  soc_s0@20  1
    soc_s0@20  soccap_s0@20  1
    soc_s0@20  soc_s0@21  -0.9972
    ch_s1@20  bal_b2@20  -1
    ch_s1@20  soc_s1@20  -0.8878
    dis_s1@20  Obj       0.1
    dis_s1@20  bal_b2@20  1
    dis_s1@20  soc_s1@20  1.1128
    soc_s1@20  soc_s1@20  1
    soc_s1@20  soccap_s1@20  1
    soc_s1@20  soc_s1@21  -0.9971
    shed_b0@20  Obj       10000
    shed_b0@20  bal_b0@20  1
    shed_b1@20  Obj       10000
    shed_b1@20  bal_b1@20  1
    shed_b2@20  Obj       10000
    shed_b2@20  bal_b2@20  1
    shed_b3@20  Obj       10000
    shed_b3@20  bal_b3@20  1
    p_g0@21   Obj       17.47
    p_g0@21   bal_b0@21  1
    p_g0@21   ramp_g0@21  1
    p_g0@21   reserve@21  1
    p_g0@21   ramp_g0@22  -1
    p_g0@21   energycap_g0  1
    p_g1@21   Obj       67.88
    p_g1@21   bal_b0@21  1
    p_g2@21   Obj       77.85
    p_g2@21   bal_b1@21  1
    p_g2@21   ramp_g2@21  1
    p_g2@21   reserve@21  1
    p_g2@21   ramp_g2@22  -1
    p_g3@21   Obj       79.16
    p_g3@21   bal_b1@21  1
    p_g3@21   ramp_g3@21  1
    p_g3@21   reserve@21  1
    p_g3@21   ramp_g3@22  -1
    p_g4@21   Obj       47.37
    p_g4@21   bal_b2@21  1
    p_g4@21   ramp_g4@21  1
    p_g4@21   ramp_g4@22  -1
    p_g5@21   Obj       34.45
    p_g5@21   bal_b2@21  1
    p_g5@21   ramp_g5@21  1
    p_g5@21   mustrun@21  1
    p_g5@21   ramp_g5@22  -1
    p_g6@21   Obj       64.83
    p_g6@21   bal_b3@21  1
    p_g7@21   Obj       82.55
    p_g7@21   bal_b3@21  1
    p_g7@21   ramp_g7@21  1
    p_g7@21   mustrun@21  1
    p_g7@21   ramp_g7@22  -1
    imp@21    Obj       52.2
    imp@21    bal_b3@21  1
    f_l0@21   bal_b0@21  -1
    f_l0@21   bal_b1@21  1
    f_l1@21   bal_b0@21  -1
    f_l1@21   bal_b2@21  1
    f_l2@21   bal_b2@21  -1
    f_l2@21   bal_b3@21  1
    f_l3@21   bal_b1@21  -1
    f_l3@21   bal_b3@21  1
    ch_s0@21  bal_b2@21  -1
    ch_s0@21  soc_s0@21  -0.8834
    dis_s0@21  Obj       0.1
    dis_s0@21  bal_b2@21  1
    dis_s0@21  soc_s0@21  1.0796
    soc_s0@21  soc_s0@21  1
    soc_s0@21  soccap_s0@21  1
    soc_s0@21  soc_s0@22  -0.9972
    ch_s1@21  bal_b2@21  -1
    ch_s1@21  soc_s1@21  -0.8878
    dis_s1@21  Obj       0.1
    dis_s1@21  bal_b2@21  1
    dis_s1@21  soc_s1@21  1.1128
    soc_s1@21  soc_s1@21  1
    soc_s1@21  soccap_s1@21  1
    soc_s1@21  soc_s1@22  -0.9971
    shed_b0@21  Obj       10000
    shed_b0@21  bal_b0@21  1
    shed_b1@21  Obj       10000
    shed_b1@21  bal_b1@21  1
    shed_b2@21  Obj       10000
    shed_b2@21  bal_b2@21  1
    shed_b3@21  Obj       10000
    shed_b3@21  bal_b3@21  1
    p_g0@22   Obj       17.47
    p_g0@22   bal_b0@22  1
    p_g0@22   ramp_g0@22  1
    p_g0@22   reserve@22  1
    p_g0@22   ramp_g0@23  -1
    p_g0@22   energycap_g0  1
    p_g1@22   Obj       67.88
    p_g1@22   bal_b0@22  1
    p_g2@22   Obj       77.85
    p_g2@22   bal_b1@22  1
    p_g2@22   ramp_g2@22  1
    p_g2@22   reserve@22  1
    p_g2@22   ramp_g2@23  -1
    p_g3@22   Obj       79.16
    p_g3@22   bal_b1@22  1
    p_g3@22   ramp_g3@22  1
    p_g3@22   reserve@22  1
    p_g3@22   ramp_g3@23  -1
    p_g4@22   Obj       47.37
    p_g4@22   bal_b2@22  1
    p_g4@22   ramp_g4@22  1
    p_g4@22   ramp_g4@23  -1
    p_g5@22   Obj       34.45
    p_g5@22   bal_b2@22  1
    p_g5@22   ramp_g5@22  1
    p_g5@22   mustrun@22  1
    p_g5@22   ramp_g5@23  -1
    p_g6@22   Obj       64.83
    p_g6@22   bal_b3@22  1
    p_g7@22   Obj       82.55
    p_g7@22   bal_b3@22  1
    p_g7@22   ramp_g7@22  1
    p_g7@22   mustrun@22  1
    p_g7@22   ramp_g7@23  -1
    imp@22    Obj       52.2
    imp@22    bal_b3@22  1
    f_l0@22   bal_b0@22  -1
    f_l0@22   bal_b1@22  1
    f_l1@22   bal_b0@22  -1
    f_l1@22   bal_b2@22  1
    f_l2@22   bal_b2@22  -1
    f_l2@22   bal_b3@22  1
    f_l3@22   bal_b1@22  -1
    f_l3@22   bal_b3@22  1
    ch_s0@22  bal_b2@22  -1
    ch_s0@22  soc_s0@22  -0.8834
    dis_s0@22  Obj       0.1
    dis_s0@22  bal_b2@22  1
    dis_s0@22  soc_s0@22  1.0796
    soc_s0@22  soc_s0@22  1
    soc_s0@22  soccap_s0@22  1
    soc_s0@22  soc_s0@23  -0.9972
    ch_s1@22  bal_b2@22  -1
    ch_s1@22  soc_s1@22  -0.8878
    dis_s1@22  Obj       0.1
    dis_s1@22  bal_b2@22  1
    dis_s1@22  soc_s1@22  1.1128
    soc_s1@22  soc_s1@22  1
    soc_s1@22  soccap_s1@22  1
    soc_s1@22  soc_s1@23  -0.9971
    shed_b0@22  Obj       10000
    shed_b0@22  bal_b0@22  1
    shed_b1@22  Obj       10000
    shed_b1@22  bal_b1@22  1
    shed_b2@22  Obj       10000
    shed_b2@22  bal_b2@22  1
    shed_b3@22  Obj       10000
    shed_b3@22  bal_b3@22  1
    p_g0@23   Obj       17.47
    p_g0@23   bal_b0@23  1
    p_g0@23   ramp_g0@23  1
    p_g0@23   reserve@23  1
    p_g0@23   energycap_g0  1
    p_g1@23   Obj       67.88
    p_g1@23   bal_b0@23  1
    p_g2@23   Obj       77.85
    p_g2@23   bal_b1@23  1
    p_g2@23   ramp_g2@23  1
    p_g2@23   reserve@23  1
    p_g3@23   Obj       79.16
    p_g3@23   bal_b1@23  1
    p_g3@23   ramp_g3@23  1
    p_g3@23   reserve@23  1
    p_g4@23   Obj       47.37
    p_g4@23   bal_b2@23  1
    p_g4@23   ramp_g4@23  1
    p_g5@23   Obj       34.45
    p_g5@23   bal_b2@23  1
    p_g5@23   ramp_g5@23  1
    p_g5@23   mustrun@23  1
    p_g6@23   Obj       64.83
    p_g6@23   bal_b3@23  1
    p_g7@23   Obj       82.55
    p_g7@23   bal_b3@23  1
    p_g7@23   ramp_g7@23  1
    p_g7@23   mustrun@23  1
    imp@23    Obj       52.2
    imp@23    bal_b3@23  1
    f_l0@23   bal_b0@23  -1
    f_l0@23   bal_b1@23  1
    f_l1@23   bal_b0@23  -1
    f_l1@23   bal_b2@23  1
    f_l2@23   bal_b2@23  -1
    f_l2@23   bal_b3@23  1
    f_l3@23   bal_b1@23  -1
    f_l3@23   bal_b3@23  1
    ch_s0@23  bal_b2@23  -1
    ch_s0@23  soc_s0@23  -0.8834
    dis_s0@23  Obj       0.1
    dis_s0@23  bal_b2@23  1
    dis_s0@23  soc_s0@23  1.0796
    soc_s0@23  soc_s0@23  1
    soc_s0@23  soccap_s0@23  1
    ch_s1@23  bal_b2@23  -1
    ch_s1@23  soc_s1@23  -0.8878
    dis_s1@23  Obj       0.1
    dis_s1@23  bal_b2@23  1
    dis_s1@23  soc_s1@23  1.1128
    soc_s1@23  soc_s1@23  1
    soc_s1@23  soccap_s1@23  1
    shed_b0@23  Obj       10000
    shed_b0@23  bal_b0@23  1
    shed_b1@23  Obj       10000
    shed_b1@23  bal_b1@23  1
    shed_b2@23  Obj       10000
    shed_b2@23  bal_b2@23  1
    shed_b3@23  Obj       10000
    shed_b3@23  bal_b3@23  1
RHS
    RHS_V     bal_b0@0  86.98
    RHS_V     bal_b1@0  73.42
    RHS_V     bal_b2@0  81.05
    RHS_V     bal_b3@0  97.57
    RHS_V     soc_s0@0  121.1099
    RHS_V     soc_s1@0  123.8398
    RHS_V     reserve@0  168.36
    RHS_V     mustrun@0  46.48
    RHS_V     bal_b0@1  94.97
    RHS_V     bal_b1@1  77.1
    RHS_V     bal_b2@1  80.79
    RHS_V     bal_b3@1  92.52
    RHS_V     ramp_g0@1  24.96
    RHS_V     ramp_g2@1  7.84
    RHS_V     ramp_g3@1  29.72
    RHS_V     ramp_g4@1  44.83
    RHS_V     ramp_g5@1  21.13
    RHS_V     ramp_g7@1  31.49
    RHS_V     reserve@1  166.21
    RHS_V     mustrun@1  46.48
    RHS_V     bal_b0@2  95.53
    RHS_V     bal_b1@2  67.67
    RHS_V     bal_b2@2  81.74
    RHS_V     bal_b3@2  97.62
    RHS_V     ramp_g0@2  24.96
    RHS_V     ramp_g2@2  7.84
    RHS_V     ramp_g3@2  29.72
    RHS_V     ramp_g4@2  44.83
    RHS_V     ramp_g5@2  21.13
    RHS_V     ramp_g7@2  31.49
    RHS_V     reserve@2  175.07
    RHS_V     mustrun@2  46.48
    RHS_V     bal_b0@3  90.39
    RHS_V     bal_b1@3  78.11
    RHS_V     bal_b2@3  89.45
    RHS_V     bal_b3@3  100.27
    RHS_V     ramp_g0@3  24.96
    RHS_V     ramp_g2@3  7.84
    RHS_V     ramp_g3@3  29.72
    RHS_V     ramp_g4@3  44.83
    RHS_V     ramp_g5@3  21.13
    RHS_V     ramp_g7@3  31.49
    RHS_V     reserve@3  175.06
    RHS_V     mustrun@3  46.48
    RHS_V     bal_b0@4  95.43
    RHS_V     bal_b1@4  79.3
    RHS_V     bal_b2@4  90.7
    RHS_V     bal_b3@4  102.89
    RHS_V     ramp_g0@4  24.96
    RHS_V     ramp_g2@4  7.84
    RHS_V     ramp_g3@4  29.72
    RHS_V     ramp_g4@4  44.83
    RHS_V     ramp_g5@4  21.13
    RHS_V     ramp_g7@4  31.49
    RHS_V     reserve@4  165.11
    RHS_V     mustrun@4  46.48
    RHS_V     bal_b0@5  94.7
    RHS_V     bal_b1@5  74.7
    RHS_V     bal_b2@5  82.01
    RHS_V     bal_b3@5  101.8
    RHS_V     ramp_g0@5  24.96
    RHS_V     ramp_g2@5  7.84
    RHS_V     ramp_g3@5  29.72
    RHS_V     ramp_g4@5  44.83
    RHS_V     ramp_g5@5  21.13
    RHS_V     ramp_g7@5  31.49
    RHS_V     reserve@5  180.17
    RHS_V     mustrun@5  46.48
    RHS_V     bal_b0@6  109.62
    RHS_V     bal_b1@6  79.28
    RHS_V     bal_b2@6  101.23
    RHS_V     bal_b3@6  106.71
    RHS_V     ramp_g0@6  24.96
    RHS_V     ramp_g2@6  7.84
    RHS_V     ramp_g3@6  29.72
    RHS_V     ramp_g4@6  44.83
    RHS_V     ramp_g5@6  21.13
    RHS_V     ramp_g7@6  31.49
    RHS_V     reserve@6  170.74
    RHS_V     mustrun@6  46.48
    RHS_V     bal_b0@7  124.48
    RHS_V     bal_b1@7  84.47
    RHS_V     bal_b2@7  94.35
    RHS_V     bal_b3@7  105.45
    RHS_V     ramp_g0@7  24.96
    RHS_V     ramp_g2@7  7.84
    RHS_V     ramp_g3@7  29.72
    RHS_V     ramp_g4@7  44.83
    RHS_V     ramp_g5@7  21.13
    RHS_V     ramp_g7@7  31.49
    RHS_V     reserve@7  164.56
    RHS_V     mustrun@7  46.48
    RHS_V     bal_b0@8  116.73
    RHS_V     bal_b1@8  102.88
    RHS_V     bal_b2@8  113.74
    RHS_V     bal_b3@8  120.98
    RHS_V     ramp_g0@8  24.96
    RHS_V     ramp_g2@8  7.84
    RHS_V     ramp_g3@8  29.72
    RHS_V     ramp_g4@8  44.83
    RHS_V     ramp_g5@8  21.13
    RHS_V     ramp_g7@8  31.49
    RHS_V     reserve@8  175.43
    RHS_V     mustrun@8  46.48
    RHS_V     bal_b0@9  128.54
    RHS_V     bal_b1@9  106.36
    RHS_V     bal_b2@9  118.1
    RHS_V     bal_b3@9  140.31
    RHS_V     ramp_g0@9  24.96
    RHS_V     ramp_g2@9  7.84
    RHS_V     ramp_g3@9  29.72
    RHS_V     ramp_g4@9  44.83
    RHS_V     ramp_g5@9  21.13
    RHS_V     ramp_g7@9  31.49
    RHS_V     reserve@9  177.5
    RHS_V     mustrun@9  46.48
    RHS_V     bal_b0@10  147.55
    RHS_V     bal_b1@10  104.04
    RHS_V     bal_b2@10  112.24
    RHS_V     bal_b3@10  135.99
    RHS_V     ramp_g0@10  24.96
    RHS_V     ramp_g2@10  7.84
    RHS_V     ramp_g3@10  29.72
    RHS_V     ramp_g4@10  44.83
    RHS_V     ramp_g5@10  21.13
    RHS_V     ramp_g7@10  31.49
    RHS_V     reserve@10  168.1
    RHS_V     mustrun@10  46.48
    RHS_V     bal_b0@11  144.6
    RHS_V     bal_b1@11  117.33
    RHS_V     bal_b2@11  114.94
    RHS_V     bal_b3@11  140.38
    RHS_V     ramp_g0@11  24.96
    RHS_V     ramp_g2@11  7.84
    RHS_V     ramp_g3@11  29.72
    RHS_V     ramp_g4@11  44.83
    RHS_V     ramp_g5@11  21.13
    RHS_V     ramp_g7@11  31.49
    RHS_V     reserve@11  170.87
    RHS_V     mustrun@11  46.48
    RHS_V     bal_b0@12  145.64
    RHS_V     bal_b1@12  122.03
    RHS_V     bal_b2@12  141.67
    RHS_V     bal_b3@12  141.4
    RHS_V     ramp_g0@12  24.96
    RHS_V     ramp_g2@12  7.84
    RHS_V     ramp_g3@12  29.72
    RHS_V     ramp_g4@12  44.83
    RHS_V     ramp_g5@12  21.13
    RHS_V     ramp_g7@12  31.49
    RHS_V     reserve@12  176.04
    RHS_V     mustrun@12  46.48
    RHS_V     bal_b0@13  156.09
    RHS_V     bal_b1@13  124.61
    RHS_V     bal_b2@13  119.96
    RHS_V     bal_b3@13  158.85
    RHS_V     ramp_g0@13  24.96
    RHS_V     ramp_g2@13  7.84
    RHS_V     ramp_g3@13  29.72
    RHS_V     ramp_g4@13  44.83
    RHS_V     ramp_g5@13  21.13
    RHS_V     ramp_g7@13  31.49
    RHS_V     reserve@13  173.09
    RHS_V     mustrun@13  46.48
    RHS_V     bal_b0@14  137.77
    RHS_V     bal_b1@14  132.89
    RHS_V     bal_b2@14  124.61
    RHS_V     bal_b3@14  155.81
    RHS_V     ramp_g0@14  24.96
    RHS_V     ramp_g2@14  7.84
    RHS_V     ramp_g3@14  29.72
    RHS_V     ramp_g4@14  44.83
    RHS_V     ramp_g5@14  21.13
    RHS_V     ramp_g7@14  31.49
    RHS_V     reserve@14  166.21
    RHS_V     mustrun@14  46.48
    RHS_V     bal_b0@15  140.55
    RHS_V     bal_b1@15  128.36
    RHS_V     bal_b2@15  145.78
    RHS_V     bal_b3@15  140.68
    RHS_V     ramp_g0@15  24.96
    RHS_V     ramp_g2@15  7.84
    RHS_V     ramp_g3@15  29.72
    RHS_V     ramp_g4@15  44.83
    RHS_V     ramp_g5@15  21.13
    RHS_V     ramp_g7@15  31.49
    RHS_V     reserve@15  172.23
    RHS_V     mustrun@15  46.48
    RHS_V     bal_b0@16  158.95
    RHS_V     bal_b1@16  116.01
    RHS_V     bal_b2@16  135.61
    RHS_V     bal_b3@16  143.79
    RHS_V     ramp_g0@16  24.96
    RHS_V     ramp_g2@16  7.84
    RHS_V     ramp_g3@16  29.72
    RHS_V     ramp_g4@16  44.83
    RHS_V     ramp_g5@16  21.13
    RHS_V     ramp_g7@16  31.49
    RHS_V     reserve@16  174.79
    RHS_V     mustrun@16  46.48
    RHS_V     bal_b0@17  133.35
    RHS_V     bal_b1@17  103.5
    RHS_V     bal_b2@17  127.82
    RHS_V     bal_b3@17  134.25
    RHS_V     ramp_g0@17  24.96
    RHS_V     ramp_g2@17  7.84
    RHS_V     ramp_g3@17  29.72
    RHS_V     ramp_g4@17  44.83
    RHS_V     ramp_g5@17  21.13
    RHS_V     ramp_g7@17  31.49
    RHS_V     reserve@17  172.13
    RHS_V     mustrun@17  46.48
    RHS_V     bal_b0@18  123.96
    RHS_V     bal_b1@18  102.9
    RHS_V     bal_b2@18  119.53
    RHS_V     bal_b3@18  130.5
    RHS_V     ramp_g0@18  24.96
    RHS_V     ramp_g2@18  7.84
    RHS_V     ramp_g3@18  29.72
    RHS_V     ramp_g4@18  44.83
    RHS_V     ramp_g5@18  21.13
    RHS_V     ramp_g7@18  31.49
    RHS_V     reserve@18  173.75
    RHS_V     mustrun@18  46.48
    RHS_V     bal_b0@19  140.55
    RHS_V     bal_b1@19  94.22
    RHS_V     bal_b2@19  115.84
    RHS_V     bal_b3@19  126.26
    RHS_V     ramp_g0@19  24.96
    RHS_V     ramp_g2@19  7.84
    RHS_V     ramp_g3@19  29.72
    RHS_V     ramp_g4@19  44.83
    RHS_V     ramp_g5@19  21.13
    RHS_V     ramp_g7@19  31.49
    RHS_V     reserve@19  167.82
    RHS_V     mustrun@19  46.48
    RHS_V     bal_b0@20  127.78
    RHS_V     bal_b1@20  102.22
    RHS_V     bal_b2@20  106.45
    RHS_V     bal_b3@20  114.04
    RHS_V     ramp_g0@20  24.96
    RHS_V     ramp_g2@20  7.84
    RHS_V     ramp_g3@20  29.72
    RHS_V     ramp_g4@20  44.83
    RHS_V     ramp_g5@20  21.13
    RHS_V     ramp_g7@20  31.49
    RHS_V     reserve@20  174
    RHS_V     mustrun@20  46.48
    RHS_V     bal_b0@21  124.62
    RHS_V     bal_b1@21  95.77
    RHS_V     bal_b2@21  91.6
    RHS_V     bal_b3@21  127.97
    RHS_V     ramp_g0@21  24.96
    RHS_V     ramp_g2@21  7.84
    RHS_V     ramp_g3@21  29.72
    RHS_V     ramp_g4@21  44.83
    RHS_V     ramp_g5@21  21.13
    RHS_V     ramp_g7@21  31.49
    RHS_V     reserve@21  174.22
    RHS_V     mustrun@21  46.48
    RHS_V     bal_b0@22  111.96
    RHS_V     bal_b1@22  79.79
    RHS_V     bal_b2@22  88.78
    RHS_V     bal_b3@22  111.97
    RHS_V     ramp_g0@22  24.96
    RHS_V     ramp_g2@22  7.84
    RHS_V     ramp_g3@22  29.72
    RHS_V     ramp_g4@22  44.83
    RHS_V     ramp_g5@22  21.13
    RHS_V     ramp_g7@22  31.49
    RHS_V     reserve@22  162.96
    RHS_V     mustrun@22  46.48
    RHS_V     bal_b0@23  108.6
    RHS_V     bal_b1@23  86.76
    RHS_V     bal_b2@23  85
    RHS_V     bal_b3@23  94.76
    RHS_V     ramp_g0@23  24.96
    RHS_V     ramp_g2@23  7.84
    RHS_V     ramp_g3@23  29.72
    RHS_V     ramp_g4@23  44.83
    RHS_V     ramp_g5@23  21.13
    RHS_V     ramp_g7@23  31.49
    RHS_V     reserve@23  169.96
    RHS_V     mustrun@23  46.48
    RHS_V     energycap_g0  1222.82
RANGES
    RANGE     ramp_g0@1  49.92
    RANGE     ramp_g2@1  15.68
    RANGE     ramp_g3@1  59.44
    RANGE     ramp_g4@1  89.66
    RANGE     ramp_g5@1  42.26
    RANGE     ramp_g7@1  62.98
    RANGE     ramp_g0@2  49.92
    RANGE     ramp_g2@2  15.68
    RANGE     ramp_g3@2  59.44
    RANGE     ramp_g4@2  89.66
    RANGE     ramp_g5@2  42.26
    RANGE     ramp_g7@2  62.98
    RANGE     ramp_g0@3  49.92
    RANGE     ramp_g2@3  15.68
    RANGE     ramp_g3@3  59.44
    RANGE     ramp_g4@3  89.66
    RANGE     ramp_g5@3  42.26
    RANGE     ramp_g7@3  62.98
    RANGE     ramp_g0@4  49.92
    RANGE     ramp_g2@4  15.68
    RANGE     ramp_g3@4  59.44
    RANGE     ramp_g4@4  89.66
    RANGE     ramp_g5@4  42.26
    RANGE     ramp_g7@4  62.98
    RANGE     ramp_g0@5  49.92
    RANGE     ramp_g2@5  15.68
    RANGE     ramp_g3@5  59.44
    RANGE     ramp_g4@5  89.66
    RANGE     ramp_g5@5  42.26
    RANGE     ramp_g7@5  62.98
    RANGE     ramp_g0@6  49.92
    RANGE     ramp_g2@6  15.68
    RANGE     ramp_g3@6  59.44
    RANGE     ramp_g4@6  89.66
    RANGE     ramp_g5@6  42.26
    RANGE     ramp_g7@6  62.98
    RANGE     ramp_g0@7  49.92
    RANGE     ramp_g2@7  15.68
    RANGE     ramp_g3@7  59.44
    RANGE     ramp_g4@7  89.66
    RANGE     ramp_g5@7  42.26
    RANGE     ramp_g7@7  62.98
    RANGE     ramp_g0@8  49.92
    RANGE     ramp_g2@8  15.68
    RANGE     ramp_g3@8  59.44
    RANGE     ramp_g4@8  89.66
    RANGE     ramp_g5@8  42.26
    RANGE     ramp_g7@8  62.98
    RANGE     ramp_g0@9  49.92
    RANGE     ramp_g2@9  15.68
    RANGE     ramp_g3@9  59.44
    RANGE     ramp_g4@9  89.66
    RANGE     ramp_g5@9  42.26
    RANGE     ramp_g7@9  62.98
    RANGE     ramp_g0@10  49.92
    RANGE     ramp_g2@10  15.68
    RANGE     ramp_g3@10  59.44
    RANGE     ramp_g4@10  89.66
    RANGE     ramp_g5@10  42.26
    RANGE     ramp_g7@10  62.98
    RANGE     ramp_g0@11  49.92
    RANGE     ramp_g2@11  15.68
    RANGE     ramp_g3@11  59.44
    RANGE     ramp_g4@11  89.66
    RANGE     ramp_g5@11  42.26
    RANGE     ramp_g7@11  62.98
    RANGE     ramp_g0@12  49.92
    RANGE     ramp_g2@12  15.68
    RANGE     ramp_g3@12  59.44
    RANGE     ramp_g4@12  89.66
    RANGE     ramp_g5@12  42.26
    RANGE     ramp_g7@12  62.98
    RANGE     ramp_g0@13  49.92
    RANGE     ramp_g2@13  15.68
    RANGE     ramp_g3@13  59.44
    RANGE     ramp_g4@13  89.66
    RANGE     ramp_g5@13  42.26
    RANGE     ramp_g7@13  62.98
    RANGE     ramp_g0@14  49.92
    RANGE     ramp_g2@14  15.68
    RANGE     ramp_g3@14  59.44
    RANGE     ramp_g4@14  89.66
    RANGE     ramp_g5@14  42.26
    RANGE     ramp_g7@14  62.98
    RANGE     ramp_g0@15  49.92
    RANGE     ramp_g2@15  15.68
    RANGE     ramp_g3@15  59.44
    RANGE     ramp_g4@15  89.66
    RANGE     ramp_g5@15  42.26
    RANGE     ramp_g7@15  62.98
    RANGE     ramp_g0@16  49.92
    RANGE     ramp_g2@16  15.68
    RANGE     ramp_g3@16  59.44
    RANGE     ramp_g4@16  89.66
    RANGE     ramp_g5@16  42.26
    RANGE     ramp_g7@16  62.98
    RANGE     ramp_g0@17  49.92
    RANGE     ramp_g2@17  15.68
    RANGE     ramp_g3@17  59.44
    RANGE     ramp_g4@17  89.66
    RANGE     ramp_g5@17  42.26
    RANGE     ramp_g7@17  62.98
    RANGE     ramp_g0@18  49.92
    RANGE     ramp_g2@18  15.68
    RANGE     ramp_g3@18  59.44
    RANGE     ramp_g4@18  89.66
    RANGE     ramp_g5@18  42.26
    RANGE     ramp_g7@18  62.98
    RANGE     ramp_g0@19  49.92
    RANGE     ramp_g2@19  15.68
    RANGE     ramp_g3@19  59.44
    RANGE     ramp_g4@19  89.66
    RANGE     ramp_g5@19  42.26
    RANGE     ramp_g7@19  62.98
    RANGE     ramp_g0@20  49.92
    RANGE     ramp_g2@20  15.68
    RANGE     ramp_g3@20  59.44
    RANGE     ramp_g4@20  89.66
    RANGE     ramp_g5@20  42.26
    RANGE     ramp_g7@20  62.98
    RANGE     ramp_g0@21  49.92
    RANGE     ramp_g2@21  15.68
    RANGE     ramp_g3@21  59.44
    RANGE     ramp_g4@21  89.66
    RANGE     ramp_g5@21  42.26
    RANGE     ramp_g7@21  62.98
    RANGE     ramp_g0@22  49.92
    RANGE     ramp_g2@22  15.68
    RANGE     ramp_g3@22  59.44
    RANGE     ramp_g4@22  89.66
    RANGE     ramp_g5@22  42.26
    RANGE     ramp_g7@22  62.98
    RANGE     ramp_g0@23  49.92
    RANGE     ramp_g2@23  15.68
    RANGE     ramp_g3@23  59.44
    RANGE     ramp_g4@23  89.66
    RANGE     ramp_g5@23  42.26
    RANGE     ramp_g7@23  62.98
BOUNDS
 UP BOUND     cap_s0    242.91
 UP BOUND     cap_s1    248.41
 UP BOUND     p_g0@0    84.39
 FX BOUND     p_g1@0    7.7
 LO BOUND     p_g2@0    10.43
 UP BOUND     p_g2@0    46.41
 UP BOUND     p_g3@0    63.63
 UP BOUND     p_g4@0    92.76
 UP BOUND     p_g5@0    58.67
 FX BOUND     p_g6@0    3.82
 LO BOUND     p_g7@0    24.67
 UP BOUND     p_g7@0    102.65
 MI BOUND     imp@0   
 UP BOUND     imp@0     37.39
 FR BOUND     f_l0@0  
 LO BOUND     f_l1@0    -91.31
 UP BOUND     f_l1@0    91.31
 LO BOUND     f_l2@0    -83.87
 UP BOUND     f_l2@0    83.87
 LO BOUND     f_l3@0    -100.99
 UP BOUND     f_l3@0    100.99
 UP BOUND     ch_s0@0   60.73
 UP BOUND     dis_s0@0  60.73
 UP BOUND     soc_s0@0  242.91
 UP BOUND     ch_s1@0   62.1
 UP BOUND     dis_s1@0  62.1
 UP BOUND     soc_s1@0  248.41
 UP BOUND     p_g0@1    81.56
 FX BOUND     p_g1@1    8.85
 LO BOUND     p_g2@1    10.43
 UP BOUND     p_g2@1    47.7
 UP BOUND     p_g3@1    62.48
 UP BOUND     p_g4@1    98.27
 UP BOUND     p_g5@1    59.89
 FX BOUND     p_g6@1    4.62
 LO BOUND     p_g7@1    24.67
 UP BOUND     p_g7@1    101.46
 MI BOUND     imp@1   
 UP BOUND     imp@1     37.39
 FR BOUND     f_l0@1  
 LO BOUND     f_l1@1    -91.31
 UP BOUND     f_l1@1    91.31
 LO BOUND     f_l2@1    -83.87
 UP BOUND     f_l2@1    83.87
 LO BOUND     f_l3@1    -100.99
 UP BOUND     f_l3@1    100.99
 UP BOUND     ch_s0@1   60.73
 UP BOUND     dis_s0@1  60.73
 UP BOUND     soc_s0@1  242.91
 UP BOUND     ch_s1@1   62.1
 UP BOUND     dis_s1@1  62.1
 UP BOUND     soc_s1@1  248.41
 UP BOUND     p_g0@2    84.61
 FX BOUND     p_g1@2    6.56
 LO BOUND     p_g2@2    10.43
 UP BOUND     p_g2@2    46.6
 UP BOUND     p_g3@2    71.61
 UP BOUND     p_g4@2    100.35
 UP BOUND     p_g5@2    61.66
 FX BOUND     p_g6@2    6.45
 LO BOUND     p_g7@2    24.67
 UP BOUND     p_g7@2    98.67
 MI BOUND     imp@2   
 UP BOUND     imp@2     37.39
 FR BOUND     f_l0@2  
 LO BOUND     f_l1@2    -91.31
 UP BOUND     f_l1@2    91.31
 LO BOUND     f_l2@2    -83.87
 UP BOUND     f_l2@2    83.87
 LO BOUND     f_l3@2    -100.99
 UP BOUND     f_l3@2    100.99
 UP BOUND     ch_s0@2   60.73
 UP BOUND     dis_s0@2  60.73
 UP BOUND     soc_s0@2  242.91
 UP BOUND     ch_s1@2   62.1
 UP BOUND     dis_s1@2  62.1
 UP BOUND     soc_s1@2  248.41
 UP BOUND     p_g0@3    86.75
 FX BOUND     p_g1@3    9.88
 LO BOUND     p_g2@3    10.43
 UP BOUND     p_g2@3    47.63
 UP BOUND     p_g3@3    68.42
 UP BOUND     p_g4@3    93.61
 UP BOUND     p_g5@3    61.44
 FX BOUND     p_g6@3    4.14
 LO BOUND     p_g7@3    24.67
 UP BOUND     p_g7@3    107.2
 MI BOUND     imp@3   
 UP BOUND     imp@3     37.39
 FR BOUND     f_l0@3  
 LO BOUND     f_l1@3    -91.31
 UP BOUND     f_l1@3    91.31
 LO BOUND     f_l2@3    -83.87
 UP BOUND     f_l2@3    83.87
 LO BOUND     f_l3@3    -100.99
 UP BOUND     f_l3@3    100.99
 UP BOUND     ch_s0@3   60.73
 UP BOUND     dis_s0@3  60.73
 UP BOUND     soc_s0@3  242.91
 UP BOUND     ch_s1@3   62.1
 UP BOUND     dis_s1@3  62.1
 UP BOUND     soc_s1@3  248.41
 UP BOUND     p_g0@4    80.24
 FX BOUND     p_g1@4    8.07
 LO BOUND     p_g2@4    10.43
 UP BOUND     p_g2@4    41.7
 UP BOUND     p_g3@4    68.43
 UP BOUND     p_g4@4    95.49
 UP BOUND     p_g5@4    61.35
 FX BOUND     p_g6@4    6.15
 LO BOUND     p_g7@4    24.67
 UP BOUND     p_g7@4    112.85
 MI BOUND     imp@4   
 UP BOUND     imp@4     37.39
 FR BOUND     f_l0@4  
 LO BOUND     f_l1@4    -91.31
 UP BOUND     f_l1@4    91.31
 LO BOUND     f_l2@4    -83.87
 UP BOUND     f_l2@4    83.87
 LO BOUND     f_l3@4    -100.99
 UP BOUND     f_l3@4    100.99
 UP BOUND     ch_s0@4   60.73
 UP BOUND     dis_s0@4  60.73
 UP BOUND     soc_s0@4  242.91
 UP BOUND     ch_s1@4   62.1
 UP BOUND     dis_s1@4  62.1
 UP BOUND     soc_s1@4  248.41
 UP BOUND     p_g0@5    92.15
 FX BOUND     p_g1@5    6.91
 LO BOUND     p_g2@5    10.43
 UP BOUND     p_g2@5    48.5
 UP BOUND     p_g3@5    68.54
 UP BOUND     p_g4@5    92.58
 UP BOUND     p_g5@5    61.88
 FX BOUND     p_g6@5    5.01
 LO BOUND     p_g7@5    24.67
 UP BOUND     p_g7@5    102.34
 MI BOUND     imp@5   
 UP BOUND     imp@5     37.39
 FR BOUND     f_l0@5  
 LO BOUND     f_l1@5    -91.31
 UP BOUND     f_l1@5    91.31
 LO BOUND     f_l2@5    -83.87
 UP BOUND     f_l2@5    83.87
 LO BOUND     f_l3@5    -100.99
 UP BOUND     f_l3@5    100.99
 UP BOUND     ch_s0@5   60.73
 UP BOUND     dis_s0@5  60.73
 UP BOUND     soc_s0@5  242.91
 UP BOUND     ch_s1@5   62.1
 UP BOUND     dis_s1@5  62.1
 UP BOUND     soc_s1@5  248.41
 UP BOUND     p_g0@6    85.77
 FX BOUND     p_g1@6    7.5
 LO BOUND     p_g2@6    10.43
 UP BOUND     p_g2@6    44.39
 UP BOUND     p_g3@6    67.24
 UP BOUND     p_g4@6    91.72
 UP BOUND     p_g5@6    56.38
 FX BOUND     p_g6@6    6.14
 LO BOUND     p_g7@6    24.67
 UP BOUND     p_g7@6    98.98
 MI BOUND     imp@6   
 UP BOUND     imp@6     37.39
 FR BOUND     f_l0@6  
 LO BOUND     f_l1@6    -91.31
 UP BOUND     f_l1@6    91.31
 LO BOUND     f_l2@6    -83.87
 UP BOUND     f_l2@6    83.87
 LO BOUND     f_l3@6    -100.99
 UP BOUND     f_l3@6    100.99
 UP BOUND     ch_s0@6   60.73
 UP BOUND     dis_s0@6  60.73
 UP BOUND     soc_s0@6  242.91
 UP BOUND     ch_s1@6   62.1
 UP BOUND     dis_s1@6  62.1
 UP BOUND     soc_s1@6  248.41
 UP BOUND     p_g0@7    79.94
 FX BOUND     p_g1@7    7.97
 LO BOUND     p_g2@7    10.43
 UP BOUND     p_g2@7    44.71
 UP BOUND     p_g3@7    65.03
 UP BOUND     p_g4@7    98.26
 UP BOUND     p_g5@7    64.99
 FX BOUND     p_g6@7    4.17
 LO BOUND     p_g7@7    24.67
 UP BOUND     p_g7@7    103.76
 MI BOUND     imp@7   
 UP BOUND     imp@7     37.39
 FR BOUND     f_l0@7  
 LO BOUND     f_l1@7    -91.31
 UP BOUND     f_l1@7    91.31
 LO BOUND     f_l2@7    -83.87
 UP BOUND     f_l2@7    83.87
 LO BOUND     f_l3@7    -100.99
 UP BOUND     f_l3@7    100.99
 UP BOUND     ch_s0@7   60.73
 UP BOUND     dis_s0@7  60.73
 UP BOUND     soc_s0@7  242.91
 UP BOUND     ch_s1@7   62.1
 UP BOUND     dis_s1@7  62.1
 UP BOUND     soc_s1@7  248.41
 UP BOUND     p_g0@8    88.4
 FX BOUND     p_g1@8    10.99
 LO BOUND     p_g2@8    10.43
 UP BOUND     p_g2@8    47.48
 UP BOUND     p_g3@8    67.38
 UP BOUND     p_g4@8    96.24
 UP BOUND     p_g5@8    65.84
 FX BOUND     p_g6@8    6.66
 LO BOUND     p_g7@8    24.67
 UP BOUND     p_g7@8    102.06
 MI BOUND     imp@8   
 UP BOUND     imp@8     37.39
 FR BOUND     f_l0@8  
 LO BOUND     f_l1@8    -91.31
 UP BOUND     f_l1@8    91.31
 LO BOUND     f_l2@8    -83.87
 UP BOUND     f_l2@8    83.87
 LO BOUND     f_l3@8    -100.99
 UP BOUND     f_l3@8    100.99
 UP BOUND     ch_s0@8   60.73
 UP BOUND     dis_s0@8  60.73
 UP BOUND     soc_s0@8  242.91
 UP BOUND     ch_s1@8   62.1
 UP BOUND     dis_s1@8  62.1
 UP BOUND     soc_s1@8  248.41
 UP BOUND     p_g0@9    92.06
 FX BOUND     p_g1@9    6.19
 LO BOUND     p_g2@9    10.43
 UP BOUND     p_g2@9    45.86
 UP BOUND     p_g3@9    67.93
 UP BOUND     p_g4@9    102.42
 UP BOUND     p_g5@9    56.27
 FX BOUND     p_g6@9    4.86
 LO BOUND     p_g7@9    24.67
 UP BOUND     p_g7@9    99.28
 MI BOUND     imp@9   
 UP BOUND     imp@9     37.39
 FR BOUND     f_l0@9  
 LO BOUND     f_l1@9    -91.31
 UP BOUND     f_l1@9    91.31
 LO BOUND     f_l2@9    -83.87
 UP BOUND     f_l2@9    83.87
 LO BOUND     f_l3@9    -100.99
 UP BOUND     f_l3@9    100.99
 UP BOUND     ch_s0@9   60.73
 UP BOUND     dis_s0@9  60.73
 UP BOUND     soc_s0@9  242.91
 UP BOUND     ch_s1@9   62.1
 UP BOUND     dis_s1@9  62.1
 UP BOUND     soc_s1@9  248.41
 UP BOUND     p_g0@10   79.09
 FX BOUND     p_g1@10   7.08
 LO BOUND     p_g2@10   10.43
 UP BOUND     p_g2@10   44.92
 UP BOUND     p_g3@10   70.09
 UP BOUND     p_g4@10   100.66
 UP BOUND     p_g5@10   58.33
 FX BOUND     p_g6@10   4.09
 LO BOUND     p_g7@10   24.67
 UP BOUND     p_g7@10   99.15
 MI BOUND     imp@10  
 UP BOUND     imp@10    37.39
 FR BOUND     f_l0@10 
 LO BOUND     f_l1@10   -91.31
 UP BOUND     f_l1@10   91.31
 LO BOUND     f_l2@10   -83.87
 UP BOUND     f_l2@10   83.87
 LO BOUND     f_l3@10   -100.99
 UP BOUND     f_l3@10   100.99
 UP BOUND     ch_s0@10  60.73
 UP BOUND     dis_s0@10  60.73
 UP BOUND     soc_s0@10  242.91
 UP BOUND     ch_s1@10  62.1
 UP BOUND     dis_s1@10  62.1
 UP BOUND     soc_s1@10  248.41
 UP BOUND     p_g0@11   88.35
 FX BOUND     p_g1@11   7.67
 LO BOUND     p_g2@11   10.43
 UP BOUND     p_g2@11   42.35
 UP BOUND     p_g3@11   66.87
 UP BOUND     p_g4@11   102.52
 UP BOUND     p_g5@11   60.8
 FX BOUND     p_g6@11   6.68
 LO BOUND     p_g7@11   24.67
 UP BOUND     p_g7@11   106.94
 MI BOUND     imp@11  
 UP BOUND     imp@11    37.39
 FR BOUND     f_l0@11 
 LO BOUND     f_l1@11   -91.31
 UP BOUND     f_l1@11   91.31
 LO BOUND     f_l2@11   -83.87
 UP BOUND     f_l2@11   83.87
 LO BOUND     f_l3@11   -100.99
 UP BOUND     f_l3@11   100.99
 UP BOUND     ch_s0@11  60.73
 UP BOUND     dis_s0@11  60.73
 UP BOUND     soc_s0@11  242.91
 UP BOUND     ch_s1@11  62.1
 UP BOUND     dis_s1@11  62.1
 UP BOUND     soc_s1@11  248.41
 UP BOUND     p_g0@12   90.54
 FX BOUND     p_g1@12   11.1
 LO BOUND     p_g2@12   10.43
 UP BOUND     p_g2@12   48.39
 UP BOUND     p_g3@12   65.1
 UP BOUND     p_g4@12   96.23
 UP BOUND     p_g5@12   64.45
 FX BOUND     p_g6@12   5.77
 LO BOUND     p_g7@12   24.67
 UP BOUND     p_g7@12   105.47
 MI BOUND     imp@12  
 UP BOUND     imp@12    37.39
 FR BOUND     f_l0@12 
 LO BOUND     f_l1@12   -91.31
 UP BOUND     f_l1@12   91.31
 LO BOUND     f_l2@12   -83.87
 UP BOUND     f_l2@12   83.87
 LO BOUND     f_l3@12   -100.99
 UP BOUND     f_l3@12   100.99
 UP BOUND     ch_s0@12  60.73
 UP BOUND     dis_s0@12  60.73
 UP BOUND     soc_s0@12  242.91
 UP BOUND     ch_s1@12  62.1
 UP BOUND     dis_s1@12  62.1
 UP BOUND     soc_s1@12  248.41
 UP BOUND     p_g0@13   85.06
 FX BOUND     p_g1@13   6.73
 LO BOUND     p_g2@13   10.43
 UP BOUND     p_g2@13   45.99
 UP BOUND     p_g3@13   69.29
 UP BOUND     p_g4@13   105.76
 UP BOUND     p_g5@13   57.74
 FX BOUND     p_g6@13   5.01
 LO BOUND     p_g7@13   24.67
 UP BOUND     p_g7@13   102.15
 MI BOUND     imp@13  
 UP BOUND     imp@13    37.39
 FR BOUND     f_l0@13 
 LO BOUND     f_l1@13   -91.31
 UP BOUND     f_l1@13   91.31
 LO BOUND     f_l2@13   -83.87
 UP BOUND     f_l2@13   83.87
 LO BOUND     f_l3@13   -100.99
 UP BOUND     f_l3@13   100.99
 UP BOUND     ch_s0@13  60.73
 UP BOUND     dis_s0@13  60.73
 UP BOUND     soc_s0@13  242.91
 UP BOUND     ch_s1@13  62.1
 UP BOUND     dis_s1@13  62.1
 UP BOUND     soc_s1@13  248.41
 UP BOUND     p_g0@14   79.92
 FX BOUND     p_g1@14   12.04
 LO BOUND     p_g2@14   10.43
 UP BOUND     p_g2@14   41.86
 UP BOUND     p_g3@14   69.96
 UP BOUND     p_g4@14   99.87
 UP BOUND     p_g5@14   61.52
 FX BOUND     p_g6@14   6.9
 LO BOUND     p_g7@14   24.67
 UP BOUND     p_g7@14   110.85
 MI BOUND     imp@14  
 UP BOUND     imp@14    37.39
 FR BOUND     f_l0@14 
 LO BOUND     f_l1@14   -91.31
 UP BOUND     f_l1@14   91.31
 LO BOUND     f_l2@14   -83.87
 UP BOUND     f_l2@14   83.87
 LO BOUND     f_l3@14   -100.99
 UP BOUND     f_l3@14   100.99
 UP BOUND     ch_s0@14  60.73
 UP BOUND     dis_s0@14  60.73
 UP BOUND     soc_s0@14  242.91
 UP BOUND     ch_s1@14  62.1
 UP BOUND     dis_s1@14  62.1
 UP BOUND     soc_s1@14  248.41
 UP BOUND     p_g0@15   89.4
 FX BOUND     p_g1@15   10.82
 LO BOUND     p_g2@15   10.43
 UP BOUND     p_g2@15   45.56
 UP BOUND     p_g3@15   64.31
 UP BOUND     p_g4@15   95.13
 UP BOUND     p_g5@15   61.03
 FX BOUND     p_g6@15   3.97
 LO BOUND     p_g7@15   24.67
 UP BOUND     p_g7@15   113.1
 MI BOUND     imp@15  
 UP BOUND     imp@15    37.39
 FR BOUND     f_l0@15 
 LO BOUND     f_l1@15   -91.31
 UP BOUND     f_l1@15   91.31
 LO BOUND     f_l2@15   -83.87
 UP BOUND     f_l2@15   83.87
 LO BOUND     f_l3@15   -100.99
 UP BOUND     f_l3@15   100.99
 UP BOUND     ch_s0@15  60.73
 UP BOUND     dis_s0@15  60.73
 UP BOUND     soc_s0@15  242.91
 UP BOUND     ch_s1@15  62.1
 UP BOUND     dis_s1@15  62.1
 UP BOUND     soc_s1@15  248.41
 UP BOUND     p_g0@16   83.5
 FX BOUND     p_g1@16   8.59
 LO BOUND     p_g2@16   10.43
 UP BOUND     p_g2@16   46.62
 UP BOUND     p_g3@16   72.35
 UP BOUND     p_g4@16   103.91
 UP BOUND     p_g5@16   63.78
 FX BOUND     p_g6@16   5.2
 LO BOUND     p_g7@16   24.67
 UP BOUND     p_g7@16   108.76
 MI BOUND     imp@16  
 UP BOUND     imp@16    37.39
 FR BOUND     f_l0@16 
 LO BOUND     f_l1@16   -91.31
 UP BOUND     f_l1@16   91.31
 LO BOUND     f_l2@16   -83.87
 UP BOUND     f_l2@16   83.87
 LO BOUND     f_l3@16   -100.99
 UP BOUND     f_l3@16   100.99
 UP BOUND     ch_s0@16  60.73
 UP BOUND     dis_s0@16  60.73
 UP BOUND     soc_s0@16  242.91
 UP BOUND     ch_s1@16  62.1
 UP BOUND     dis_s1@16  62.1
 UP BOUND     soc_s1@16  248.41
 UP BOUND     p_g0@17   83.08
 FX BOUND     p_g1@17   9.86
 LO BOUND     p_g2@17   10.43
 UP BOUND     p_g2@17   45.12
 UP BOUND     p_g3@17   70.94
 UP BOUND     p_g4@17   100.84
 UP BOUND     p_g5@17   61.32
 FX BOUND     p_g6@17   5.86
 LO BOUND     p_g7@17   24.67
 UP BOUND     p_g7@17   99.93
 MI BOUND     imp@17  
 UP BOUND     imp@17    37.39
 FR BOUND     f_l0@17 
 LO BOUND     f_l1@17   -91.31
 UP BOUND     f_l1@17   91.31
 LO BOUND     f_l2@17   -83.87
 UP BOUND     f_l2@17   83.87
 LO BOUND     f_l3@17   -100.99
 UP BOUND     f_l3@17   100.99
 UP BOUND     ch_s0@17  60.73
 UP BOUND     dis_s0@17  60.73
 UP BOUND     soc_s0@17  242.91
 UP BOUND     ch_s1@17  62.1
 UP BOUND     dis_s1@17  62.1
 UP BOUND     soc_s1@17  248.41
 UP BOUND     p_g0@18   89.58
 FX BOUND     p_g1@18   10.2
 LO BOUND     p_g2@18   10.43
 UP BOUND     p_g2@18   46.14
 UP BOUND     p_g3@18   65.44
 UP BOUND     p_g4@18   104.79
 UP BOUND     p_g5@18   59.72
 FX BOUND     p_g6@18   5.74
 LO BOUND     p_g7@18   24.67
 UP BOUND     p_g7@18   114.17
 MI BOUND     imp@18  
 UP BOUND     imp@18    37.39
 FR BOUND     f_l0@18 
 LO BOUND     f_l1@18   -91.31
 UP BOUND     f_l1@18   91.31
 LO BOUND     f_l2@18   -83.87
 UP BOUND     f_l2@18   83.87
 LO BOUND     f_l3@18   -100.99
 UP BOUND     f_l3@18   100.99
 UP BOUND     ch_s0@18  60.73
 UP BOUND     dis_s0@18  60.73
 UP BOUND     soc_s0@18  242.91
 UP BOUND     ch_s1@18  62.1
 UP BOUND     dis_s1@18  62.1
 UP BOUND     soc_s1@18  248.41
 UP BOUND     p_g0@19   78.93
 FX BOUND     p_g1@19   10.83
 LO BOUND     p_g2@19   10.43
 UP BOUND     p_g2@19   43.04
 UP BOUND     p_g3@19   71.78
 UP BOUND     p_g4@19   94.74
 UP BOUND     p_g5@19   60.04
 FX BOUND     p_g6@19   6.87
 LO BOUND     p_g7@19   24.67
 UP BOUND     p_g7@19   111.61
 MI BOUND     imp@19  
 UP BOUND     imp@19    37.39
 FR BOUND     f_l0@19 
 LO BOUND     f_l1@19   -91.31
 UP BOUND     f_l1@19   91.31
 LO BOUND     f_l2@19   -83.87
 UP BOUND     f_l2@19   83.87
 LO BOUND     f_l3@19   -100.99
 UP BOUND     f_l3@19   100.99
 UP BOUND     ch_s0@19  60.73
 UP BOUND     dis_s0@19  60.73
 UP BOUND     soc_s0@19  242.91
 UP BOUND     ch_s1@19  62.1
 UP BOUND     dis_s1@19  62.1
 UP BOUND     soc_s1@19  248.41
 UP BOUND     p_g0@20   82.29
 FX BOUND     p_g1@20   7.55
 LO BOUND     p_g2@20   10.43
 UP BOUND     p_g2@20   49.03
 UP BOUND     p_g3@20   70.16
 UP BOUND     p_g4@20   104.5
 UP BOUND     p_g5@20   63.57
 FX BOUND     p_g6@20   4.09
 LO BOUND     p_g7@20   24.67
 UP BOUND     p_g7@20   104.98
 MI BOUND     imp@20  
 UP BOUND     imp@20    37.39
 FR BOUND     f_l0@20 
 LO BOUND     f_l1@20   -91.31
 UP BOUND     f_l1@20   91.31
 LO BOUND     f_l2@20   -83.87
 UP BOUND     f_l2@20   83.87
 LO BOUND     f_l3@20   -100.99
 UP BOUND     f_l3@20   100.99
 UP BOUND     ch_s0@20  60.73
 UP BOUND     dis_s0@20  60.73
 UP BOUND     soc_s0@20  242.91
 UP BOUND     ch_s1@20  62.1
 UP BOUND     dis_s1@20  62.1
 UP BOUND     soc_s1@20  248.41
 UP BOUND     p_g0@21   91.48
 FX BOUND     p_g1@21   11.4
 LO BOUND     p_g2@21   10.43
 UP BOUND     p_g2@21   45.28
 UP BOUND     p_g3@21   64.99
 UP BOUND     p_g4@21   96.15
 UP BOUND     p_g5@21   60.33
 FX BOUND     p_g6@21   5.97
 LO BOUND     p_g7@21   24.67
 UP BOUND     p_g7@21   110.93
 MI BOUND     imp@21  
 UP BOUND     imp@21    37.39
 FR BOUND     f_l0@21 
 LO BOUND     f_l1@21   -91.31
 UP BOUND     f_l1@21   91.31
 LO BOUND     f_l2@21   -83.87
 UP BOUND     f_l2@21   83.87
 LO BOUND     f_l3@21   -100.99
 UP BOUND     f_l3@21   100.99
 UP BOUND     ch_s0@21  60.73
 UP BOUND     dis_s0@21  60.73
 UP BOUND     soc_s0@21  242.91
 UP BOUND     ch_s1@21  62.1
 UP BOUND     dis_s1@21  62.1
 UP BOUND     soc_s1@21  248.41
 UP BOUND     p_g0@22   81.07
 FX BOUND     p_g1@22   10.42
 LO BOUND     p_g2@22   10.43
 UP BOUND     p_g2@22   42.04
 UP BOUND     p_g3@22   64.57
 UP BOUND     p_g4@22   91.32
 UP BOUND     p_g5@22   65.26
 FX BOUND     p_g6@22   3.99
 LO BOUND     p_g7@22   24.67
 UP BOUND     p_g7@22   103.03
 MI BOUND     imp@22  
 UP BOUND     imp@22    37.39
 FR BOUND     f_l0@22 
 LO BOUND     f_l1@22   -91.31
 UP BOUND     f_l1@22   91.31
 LO BOUND     f_l2@22   -83.87
 UP BOUND     f_l2@22   83.87
 LO BOUND     f_l3@22   -100.99
 UP BOUND     f_l3@22   100.99
 UP BOUND     ch_s0@22  60.73
 UP BOUND     dis_s0@22  60.73
 UP BOUND     soc_s0@22  242.91
 UP BOUND     ch_s1@22  62.1
 UP BOUND     dis_s1@22  62.1
 UP BOUND     soc_s1@22  248.41
 UP BOUND     p_g0@23   79.87
 FX BOUND     p_g1@23   6.67
 LO BOUND     p_g2@23   10.43
 UP BOUND     p_g2@23   43.53
 UP BOUND     p_g3@23   73.03
 UP BOUND     p_g4@23   90.33
 UP BOUND     p_g5@23   62.54
 FX BOUND     p_g6@23   4.37
 LO BOUND     p_g7@23   24.67
 UP BOUND     p_g7@23   101.44
 MI BOUND     imp@23  
 UP BOUND     imp@23    37.39
 FR BOUND     f_l0@23 
 LO BOUND     f_l1@23   -91.31
 UP BOUND     f_l1@23   91.31
 LO BOUND     f_l2@23   -83.87
 UP BOUND     f_l2@23   83.87
 LO BOUND     f_l3@23   -100.99
 UP BOUND     f_l3@23   100.99
 UP BOUND     ch_s0@23  60.73
 UP BOUND     dis_s0@23  60.73
 UP BOUND     soc_s0@23  242.91
 UP BOUND     ch_s1@23  62.1
 UP BOUND     dis_s1@23  62.1
 UP BOUND     soc_s1@23  248.41
ENDATA
