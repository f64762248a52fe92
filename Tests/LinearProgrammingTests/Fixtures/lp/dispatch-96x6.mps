NAME        dispatch-96x6
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b1@0
 E  bal_b2@0
 E  bal_b3@0
 E  bal_b4@0
 E  bal_b5@0
 E  soc_s0@0
 E  soc_s1@0
 E  soc_s2@0
 L  reserve@0
 G  mustrun@0
 E  bal_b0@1
 E  bal_b1@1
 E  bal_b2@1
 E  bal_b3@1
 E  bal_b4@1
 E  bal_b5@1
 L  ramp_g0@1
 L  ramp_g2@1
 L  ramp_g3@1
 L  ramp_g4@1
 L  ramp_g5@1
 L  ramp_g7@1
 L  ramp_g8@1
 L  ramp_g9@1
 L  ramp_g10@1
 E  soc_s0@1
 E  soc_s1@1
 E  soc_s2@1
 L  reserve@1
 G  mustrun@1
 E  bal_b0@2
 E  bal_b1@2
 E  bal_b2@2
 E  bal_b3@2
 E  bal_b4@2
 E  bal_b5@2
 L  ramp_g0@2
 L  ramp_g2@2
 L  ramp_g3@2
 L  ramp_g4@2
 L  ramp_g5@2
 L  ramp_g7@2
 L  ramp_g8@2
 L  ramp_g9@2
 L  ramp_g10@2
 E  soc_s0@2
 E  soc_s1@2
 E  soc_s2@2
 L  reserve@2
 G  mustrun@2
 E  bal_b0@3
 E  bal_b1@3
 E  bal_b2@3
 E  bal_b3@3
 E  bal_b4@3
 E  bal_b5@3
 L  ramp_g0@3
 L  ramp_g2@3
 L  ramp_g3@3
 L  ramp_g4@3
 L  ramp_g5@3
 L  ramp_g7@3
 L  ramp_g8@3
 L  ramp_g9@3
 L  ramp_g10@3
 E  soc_s0@3
 E  soc_s1@3
 E  soc_s2@3
 L  reserve@3
 G  mustrun@3
 E  bal_b0@4
 E  bal_b1@4
 E  bal_b2@4
 E  bal_b3@4
 E  bal_b4@4
 E  bal_b5@4
 L  ramp_g0@4
 L  ramp_g2@4
 L  ramp_g3@4
 L  ramp_g4@4
 L  ramp_g5@4
 L  ramp_g7@4
 L  ramp_g8@4
 L  ramp_g9@4
 L  ramp_g10@4
 E  soc_s0@4
 E  soc_s1@4
 E  soc_s2@4
 L  reserve@4
 G  mustrun@4
 E  bal_b0@5
 E  bal_b1@5
 E  bal_b2@5
 E  bal_b3@5
 E  bal_b4@5
 E  bal_b5@5
 L  ramp_g0@5
 L  ramp_g2@5
 L  ramp_g3@5
 L  ramp_g4@5
 L  ramp_g5@5
 L  ramp_g7@5
 L  ramp_g8@5
 L  ramp_g9@5
 L  ramp_g10@5
 E  soc_s0@5
 E  soc_s1@5
 E  soc_s2@5
 L  reserve@5
 G  mustrun@5
 E  bal_b0@6
 E  bal_b1@6
 E  bal_b2@6
 E  bal_b3@6
 E  bal_b4@6
 E  bal_b5@6
 L  ramp_g0@6
 L  ramp_g2@6
 L  ramp_g3@6
 L  ramp_g4@6
 L  ramp_g5@6
 L  ramp_g7@6
 L  ramp_g8@6
 L  ramp_g9@6
 L  ramp_g10@6
 E  soc_s0@6
 E  soc_s1@6
 E  soc_s2@6
 L  reserve@6
 G  mustrun@6
 E  bal_b0@7
 E  bal_b1@7
 E  bal_b2@7
 E  bal_b3@7
 E  bal_b4@7
 E  bal_b5@7
 L  ramp_g0@7
 L  ramp_g2@7
 L  ramp_g3@7
 L  ramp_g4@7
 L  ramp_g5@7
 L  ramp_g7@7
 L  ramp_g8@7
 L  ramp_g9@7
 L  ramp_g10@7
 E  soc_s0@7
 E  soc_s1@7
 E  soc_s2@7
 L  reserve@7
 G  mustrun@7
 E  bal_b0@8
 E  bal_b1@8
 E  bal_b2@8
 E  bal_b3@8
 E  bal_b4@8
 E  bal_b5@8
 L  ramp_g0@8
 L  ramp_g2@8
 L  ramp_g3@8
 L  ramp_g4@8
 L  ramp_g5@8
 L  ramp_g7@8
 L  ramp_g8@8
 L  ramp_g9@8
 L  ramp_g10@8
 E  soc_s0@8
 E  soc_s1@8
 E  soc_s2@8
 L  reserve@8
 G  mustrun@8
 E  bal_b0@9
 E  bal_b1@9
 E  bal_b2@9
 E  bal_b3@9
 E  bal_b4@9
 E  bal_b5@9
 L  ramp_g0@9
 L  ramp_g2@9
 L  ramp_g3@9
 L  ramp_g4@9
 L  ramp_g5@9
 L  ramp_g7@9
 L  ramp_g8@9
 L  ramp_g9@9
 L  ramp_g10@9
 E  soc_s0@9
 E  soc_s1@9
 E  soc_s2@9
 L  reserve@9
 G  mustrun@9
 E  bal_b0@10
 E  bal_b1@10
 E  bal_b2@10
 E  bal_b3@10
 E  bal_b4@10
 E  bal_b5@10
 L  ramp_g0@10
 L  ramp_g2@10
 L  ramp_g3@10
 L  ramp_g4@10
 L  ramp_g5@10
 L  ramp_g7@10
 L  ramp_g8@10
 L  ramp_g9@10
 L  ramp_g10@10
 E  soc_s0@10
 E  soc_s1@10
 E  soc_s2@10
 L  reserve@10
 G  mustrun@10
 E  bal_b0@11
 E  bal_b1@11
 E  bal_b2@11
 E  bal_b3@11
 E  bal_b4@11
 E  bal_b5@11
 L  ramp_g0@11
 L  ramp_g2@11
 L  ramp_g3@11
 L  ramp_g4@11
 L  ramp_g5@11
 L  ramp_g7@11
 L  ramp_g8@11
 L  ramp_g9@11
 L  ramp_g10@11
 E  soc_s0@11
 E  soc_s1@11
 E  soc_s2@11
 L  reserve@11
 G  mustrun@11
 E  bal_b0@12
 E  bal_b1@12
 E  bal_b2@12
 E  bal_b3@12
 E  bal_b4@12
 E  bal_b5@12
 L  ramp_g0@12
 L  ramp_g2@12
 L  ramp_g3@12
 L  ramp_g4@12
 L  ramp_g5@12
 L  ramp_g7@12
 L  ramp_g8@12
 L  ramp_g9@12
 L  ramp_g10@12
 E  soc_s0@12
 E  soc_s1@12
 E  soc_s2@12
 L  reserve@12
 G  mustrun@12
 E  bal_b0@13
 E  bal_b1@13
 E  bal_b2@13
 E  bal_b3@13
 E  bal_b4@13
 E  bal_b5@13
 L  ramp_g0@13
 L  ramp_g2@13
 L  ramp_g3@13
 L  ramp_g4@13
 L  ramp_g5@13
 L  ramp_g7@13
 L  ramp_g8@13
 L  ramp_g9@13
 L  ramp_g10@13
 E  soc_s0@13
 E  soc_s1@13
 E  soc_s2@13
 L  reserve@13
 G  mustrun@13
 E  bal_b0@14
 E  bal_b1@14
 E  bal_b2@14
 E  bal_b3@14
 E  bal_b4@14
 E  bal_b5@14
 L  ramp_g0@14
 L  ramp_g2@14
 L  ramp_g3@14
 L  ramp_g4@14
 L  ramp_g5@14
 L  ramp_g7@14
 L  ramp_g8@14
 L  ramp_g9@14
 L  ramp_g10@14
 E  soc_s0@14
 E  soc_s1@14
 E  soc_s2@14
 L  reserve@14
 G  mustrun@14
 E  bal_b0@15
 E  bal_b1@15
 E  bal_b2@15
 E  bal_b3@15
 E  bal_b4@15
 E  bal_b5@15
 L  ramp_g0@15
 L  ramp_g2@15
 L  ramp_g3@15
 L  ramp_g4@15
 L  ramp_g5@15
 L  ramp_g7@15
 L  ramp_g8@15
 L  ramp_g9@15
 L  ramp_g10@15
 E  soc_s0@15
 E  soc_s1@15
 E  soc_s2@15
 L  reserve@15
 G  mustrun@15
 E  bal_b0@16
 E  bal_b1@16
 E  bal_b2@16
 E  bal_b3@16
 E  bal_b4@16
 E  bal_b5@16
 L  ramp_g0@16
 L  ramp_g2@16
 L  ramp_g3@16
 L  ramp_g4@16
 L  ramp_g5@16
 L  ramp_g7@16
 L  ramp_g8@16
 L  ramp_g9@16
 L  ramp_g10@16
 E  soc_s0@16
 E  soc_s1@16
 E  soc_s2@16
 L  reserve@16
 G  mustrun@16
 E  bal_b0@17
 E  bal_b1@17
 E  bal_b2@17
 E  bal_b3@17
 E  bal_b4@17
 E  bal_b5@17
 L  ramp_g0@17
 L  ramp_g2@17
 L  ramp_g3@17
 L  ramp_g4@17
 L  ramp_g5@17
 L  ramp_g7@17
 L  ramp_g8@17
 L  ramp_g9@17
 L  ramp_g10@17
 E  soc_s0@17
 E  soc_s1@17
 E  soc_s2@17
 L  reserve@17
 G  mustrun@17
 E  bal_b0@18
 E  bal_b1@18
 E  bal_b2@18
 E  bal_b3@18
 E  bal_b4@18
 E  bal_b5@18
 L  ramp_g0@18
 L  ramp_g2@18
 L  ramp_g3@18
 L  ramp_g4@18
 L  ramp_g5@18
 L  ramp_g7@18
 L  ramp_g8@18
 L  ramp_g9@18
 L  ramp_g10@18
 E  soc_s0@18
 E  soc_s1@18
 E  soc_s2@18
 L  reserve@18
 G  mustrun@18
 E  bal_b0@19
 E  bal_b1@19
 E  bal_b2@19
 E  bal_b3@19
 E  bal_b4@19
 E  bal_b5@19
 L  ramp_g0@19
 L  ramp_g2@19
 L  ramp_g3@19
 L  ramp_g4@19
 L  ramp_g5@19
 L  ramp_g7@19
 L  ramp_g8@19
 L  ramp_g9@19
 L  ramp_g10@19
 E  soc_s0@19
 E  soc_s1@19
 E  soc_s2@19
 L  reserve@19
 G  mustrun@19
 E  bal_b0@20
 E  bal_b1@20
 E  bal_b2@20
 E  bal_b3@20
 E  bal_b4@20
 E  bal_b5@20
 L  ramp_g0@20
 L  ramp_g2@20
 L  ramp_g3@20
 L  ramp_g4@20
 L  ramp_g5@20
 L  ramp_g7@20
 L  ramp_g8@20
 L  ramp_g9@20
 L  ramp_g10@20
 E  soc_s0@20
 E  soc_s1@20
 E  soc_s2@20
 L  reserve@20
 G  mustrun@20
 E  bal_b0@21
 E  bal_b1@21
 E  bal_b2@21
 E  bal_b3@21
 E  bal_b4@21
 E  bal_b5@21
 L  ramp_g0@21
 L  ramp_g2@21
 L  ramp_g3@21
 L  ramp_g4@21
 L  ramp_g5@21
 L  ramp_g7@21
 L  ramp_g8@21
 L  ramp_g9@21
 L  ramp_g10@21
 E  soc_s0@21
 E  soc_s1@21
 E  soc_s2@21
 L  reserve@21
 G  mustrun@21
 E  bal_b0@22
 E  bal_b1@22
 E  bal_b2@22
 E  bal_b3@22
 E  bal_b4@22
 E  bal_b5@22
 L  ramp_g0@22
 L  ramp_g2@22
 L  ramp_g3@22
 L  ramp_g4@22
 L  ramp_g5@22
 L  ramp_g7@22
 L  ramp_g8@22
 L  ramp_g9@22
 L  ramp_g10@22
 E  soc_s0@22
 E  soc_s1@22
 E  soc_s2@22
 L  reserve@22
 G  mustrun@22
 E  bal_b0@23
 E  bal_b1@23
 E  bal_b2@23
 E  bal_b3@23
 E  bal_b4@23
 E  bal_b5@23
 L  ramp_g0@23
 L  ramp_g2@23
 L  ramp_g3@23
 L  ramp_g4@23
 L  ramp_g5@23
 L  ramp_g7@23
 L  ramp_g8@23
 L  ramp_g9@23
 L  ramp_g10@23
 E  soc_s0@23
 E  soc_s1@23
 E  soc_s2@23
 L  reserve@23
 G  mustrun@23
 E  bal_b0@24
 E  bal_b1@24
 E  bal_b2@24
 E  bal_b3@24
 E  bal_b4@24
 E  bal_b5@24
 L  ramp_g0@24
 L  ramp_g2@24
 L  ramp_g3@24
 L  ramp_g4@24
 L  ramp_g5@24
 L  ramp_g7@24
 L  ramp_g8@24
 L  ramp_g9@24
 L  ramp_g10@24
 E  soc_s0@24
 E  soc_s1@24
 E  soc_s2@24
 L  reserve@24
 G  mustrun@24
 E  bal_b0@25
 E  bal_b1@25
 E  bal_b2@25
 E  bal_b3@25
 E  bal_b4@25
 E  bal_b5@25
 L  ramp_g0@25
 L  ramp_g2@25
 L  ramp_g3@25
 L  ramp_g4@25
 L  ramp_g5@25
 L  ramp_g7@25
 L  ramp_g8@25
 L  ramp_g9@25
 L  ramp_g10@25
 E  soc_s0@25
 E  soc_s1@25
 E  soc_s2@25
 L  reserve@25
 G  mustrun@25
 E  bal_b0@26
 E  bal_b1@26
 E  bal_b2@26
 E  bal_b3@26
 E  bal_b4@26
 E  bal_b5@26
 L  ramp_g0@26
 L  ramp_g2@26
 L  ramp_g3@26
 L  ramp_g4@26
 L  ramp_g5@26
 L  ramp_g7@26
 L  ramp_g8@26
 L  ramp_g9@26
 L  ramp_g10@26
 E  soc_s0@26
 E  soc_s1@26
 E  soc_s2@26
 L  reserve@26
 G  mustrun@26
 E  bal_b0@27
 E  bal_b1@27
 E  bal_b2@27
 E  bal_b3@27
 E  bal_b4@27
 E  bal_b5@27
 L  ramp_g0@27
 L  ramp_g2@27
 L  ramp_g3@27
 L  ramp_g4@27
 L  ramp_g5@27
 L  ramp_g7@27
 L  ramp_g8@27
 L  ramp_g9@27
 L  ramp_g10@27
 E  soc_s0@27
 E  soc_s1@27
 E  soc_s2@27
 L  reserve@27
 G  mustrun@27
 E  bal_b0@28
 E  bal_b1@28
 E  bal_b2@28
 E  bal_b3@28
 E  bal_b4@28
 E  bal_b5@28
 L  ramp_g0@28
 L  ramp_g2@28
 L  ramp_g3@28
 L  ramp_g4@28
 L  ramp_g5@28
 L  ramp_g7@28
 L  ramp_g8@28
 L  ramp_g9@28
 L  ramp_g10@28
 E  soc_s0@28
 E  soc_s1@28
 E  soc_s2@28
 L  reserve@28
 G  mustrun@28
 E  bal_b0@29
 E  bal_b1@29
 E  bal_b2@29
 E  bal_b3@29
 E  bal_b4@29
 E  bal_b5@29
 L  ramp_g0@29
 L  ramp_g2@29
 L  ramp_g3@29
 L  ramp_g4@29
 L  ramp_g5@29
 L  ramp_g7@29
 L  ramp_g8@29
 L  ramp_g9@29
 L  ramp_g10@29
 E  soc_s0@29
 E  soc_s1@29
 E  soc_s2@29
 L  reserve@29
 G  mustrun@29
 E  bal_b0@30
 E  bal_b1@30
 E  bal_b2@30
 E  bal_b3@30
 E  bal_b4@30
 E  bal_b5@30
 L  ramp_g0@30
 L  ramp_g2@30
 L  ramp_g3@30
 L  ramp_g4@30
 L  ramp_g5@30
 L  ramp_g7@30
 L  ramp_g8@30
 L  ramp_g9@30
 L  ramp_g10@30
 E  soc_s0@30
 E  soc_s1@30
 E  soc_s2@30
 L  reserve@30
 G  mustrun@30
 E  bal_b0@31
 E  bal_b1@31
 E  bal_b2@31
 E  bal_b3@31
 E  bal_b4@31
 E  bal_b5@31
 L  ramp_g0@31
 L  ramp_g2@31
 L  ramp_g3@31
 L  ramp_g4@31
 L  ramp_g5@31
 L  ramp_g7@31
 L  ramp_g8@31
 L  ramp_g9@31
 L  ramp_g10@31
 E  soc_s0@31
 E  soc_s1@31
 E  soc_s2@31
 L  reserve@31
 G  mustrun@31
 E  bal_b0@32
 E  bal_b1@32
 E  bal_b2@32
 E  bal_b3@32
 E  bal_b4@32
 E  bal_b5@32
 L  ramp_g0@32
 L  ramp_g2@32
 L  ramp_g3@32
 L  ramp_g4@32
 L  ramp_g5@32
 L  ramp_g7@32
 L  ramp_g8@32
 L  ramp_g9@32
 L  ramp_g10@32
 E  soc_s0@32
 E  soc_s1@32
 E  soc_s2@32
 L  reserve@32
 G  mustrun@32
 E  bal_b0@33
 E  bal_b1@33
 E  bal_b2@33
 E  bal_b3@33
 E  bal_b4@33
 E  bal_b5@33
 L  ramp_g0@33
 L  ramp_g2@33
 L  ramp_g3@33
 L  ramp_g4@33
 L  ramp_g5@33
 L  ramp_g7@33
 L  ramp_g8@33
 L  ramp_g9@33
 L  ramp_g10@33
 E  soc_s0@33
 E  soc_s1@33
 E  soc_s2@33
 L  reserve@33
 G  mustrun@33
 E  bal_b0@34
 E  bal_b1@34
 E  bal_b2@34
 E  bal_b3@34
 E  bal_b4@34
 E  bal_b5@34
 L  ramp_g0@34
 L  ramp_g2@34
 L  ramp_g3@34
 L  ramp_g4@34
 L  ramp_g5@34
 L  ramp_g7@34
 L  ramp_g8@34
 L  ramp_g9@34
 L  ramp_g10@34
 E  soc_s0@34
 E  soc_s1@34
 E  soc_s2@34
 L  reserve@34
 G  mustrun@34
 E  bal_b0@35
 E  bal_b1@35
 E  bal_b2@35
 E  bal_b3@35
 E  bal_b4@35
 E  bal_b5@35
 L  ramp_g0@35
 L  ramp_g2@35
 L  ramp_g3@35
 L  ramp_g4@35
 L  ramp_g5@35
 L  ramp_g7@35
 L  ramp_g8@35
 L  ramp_g9@35
 L  ramp_g10@35
 E  soc_s0@35
 E  soc_s1@35
 E  soc_s2@35
 L  reserve@35
 G  mustrun@35
 E  bal_b0@36
 E  bal_b1@36
 E  bal_b2@36
 E  bal_b3@36
 E  bal_b4@36
 E  bal_b5@36
 L  ramp_g0@36
 L  ramp_g2@36
 L  ramp_g3@36
 L  ramp_g4@36
 L  ramp_g5@36
 L  ramp_g7@36
 L  ramp_g8@36
 L  ramp_g9@36
 L  ramp_g10@36
 E  soc_s0@36
 E  soc_s1@36
 E  soc_s2@36
 L  reserve@36
 G  mustrun@36
 E  bal_b0@37
 E  bal_b1@37
 E  bal_b2@37
 E  bal_b3@37
 E  bal_b4@37
 E  bal_b5@37
 L  ramp_g0@37
 L  ramp_g2@37
 L  ramp_g3@37
 L  ramp_g4@37
 L  ramp_g5@37
 L  ramp_g7@37
 L  ramp_g8@37
 L  ramp_g9@37
 L  ramp_g10@37
 E  soc_s0@37
 E  soc_s1@37
 E  soc_s2@37
 L  reserve@37
 G  mustrun@37
 E  bal_b0@38
 E  bal_b1@38
 E  bal_b2@38
 E  bal_b3@38
 E  bal_b4@38
 E  bal_b5@38
 L  ramp_g0@38
 L  ramp_g2@38
 L  ramp_g3@38
 L  ramp_g4@38
 L  ramp_g5@38
 L  ramp_g7@38
 L  ramp_g8@38
 L  ramp_g9@38
 L  ramp_g10@38
 E  soc_s0@38
 E  soc_s1@38
 E  soc_s2@38
 L  reserve@38
 G  mustrun@38
 E  bal_b0@39
 E  bal_b1@39
 E  bal_b2@39
 E  bal_b3@39
 E  bal_b4@39
 E  bal_b5@39
 L  ramp_g0@39
 L  ramp_g2@39
 L  ramp_g3@39
 L  ramp_g4@39
 L  ramp_g5@39
 L  ramp_g7@39
 L  ramp_g8@39
 L  ramp_g9@39
 L  ramp_g10@39
 E  soc_s0@39
 E  soc_s1@39
 E  soc_s2@39
 L  reserve@39
 G  mustrun@39
 E  bal_b0@40
 E  bal_b1@40
 E  bal_b2@40
 E  bal_b3@40
 E  bal_b4@40
 E  bal_b5@40
 L  ramp_g0@40
 L  ramp_g2@40
 L  ramp_g3@40
 L  ramp_g4@40
 L  ramp_g5@40
 L  ramp_g7@40
 L  ramp_g8@40
 L  ramp_g9@40
 L  ramp_g10@40
 E  soc_s0@40
 E  soc_s1@40
 E  soc_s2@40
 L  reserve@40
 G  mustrun@40
 E  bal_b0@41
 E  bal_b1@41
 E  bal_b2@41
 E  bal_b3@41
 E  bal_b4@41
 E  bal_b5@41
 L  ramp_g0@41
 L  ramp_g2@41
 L  ramp_g3@41
 L  ramp_g4@41
 L  ramp_g5@41
 L  ramp_g7@41
 L  ramp_g8@41
 L  ramp_g9@41
 L  ramp_g10@41
 E  soc_s0@41
 E  soc_s1@41
 E  soc_s2@41
 L  reserve@41
 G  mustrun@41
 E  bal_b0@42
 E  bal_b1@42
 E  bal_b2@42
 E  bal_b3@42
 E  bal_b4@42
 E  bal_b5@42
 L  ramp_g0@42
 L  ramp_g2@42
 L  ramp_g3@42
 L  ramp_g4@42
 L  ramp_g5@42
 L  ramp_g7@42
 L  ramp_g8@42
 L  ramp_g9@42
 L  ramp_g10@42
 E  soc_s0@42
 E  soc_s1@42
 E  soc_s2@42
 L  reserve@42
 G  mustrun@42
 E  bal_b0@43
 E  bal_b1@43
 E  bal_b2@43
 E  bal_b3@43
 E  bal_b4@43
 E  bal_b5@43
 L  ramp_g0@43
 L  ramp_g2@43
 L  ramp_g3@43
 L  ramp_g4@43
 L  ramp_g5@43
 L  ramp_g7@43
 L  ramp_g8@43
 L  ramp_g9@43
 L  ramp_g10@43
 E  soc_s0@43
 E  soc_s1@43
 E  soc_s2@43
 L  reserve@43
 G  mustrun@43
 E  bal_b0@44
 E  bal_b1@44
 E  bal_b2@44
 E  bal_b3@44
 E  bal_b4@44
 E  bal_b5@44
 L  ramp_g0@44
 L  ramp_g2@44
 L  ramp_g3@44
 L  ramp_g4@44
 L  ramp_g5@44
 L  ramp_g7@44
 L  ramp_g8@44
 L  ramp_g9@44
 L  ramp_g10@44
 E  soc_s0@44
 E  soc_s1@44
 E  soc_s2@44
 L  reserve@44
 G  mustrun@44
 E  bal_b0@45
 E  bal_b1@45
 E  bal_b2@45
 E  bal_b3@45
 E  bal_b4@45
 E  bal_b5@45
 L  ramp_g0@45
 L  ramp_g2@45
 L  ramp_g3@45
 L  ramp_g4@45
 L  ramp_g5@45
 L  ramp_g7@45
 L  ramp_g8@45
 L  ramp_g9@45
 L  ramp_g10@45
 E  soc_s0@45
 E  soc_s1@45
 E  soc_s2@45
 L  reserve@45
 G  mustrun@45
 E  bal_b0@46
 E  bal_b1@46
 E  bal_b2@46
 E  bal_b3@46
 E  bal_b4@46
 E  bal_b5@46
 L  ramp_g0@46
 L  ramp_g2@46
 L  ramp_g3@46
 L  ramp_g4@46
 L  ramp_g5@46
 L  ramp_g7@46
 L  ramp_g8@46
 L  ramp_g9@46
 L  ramp_g10@46
 E  soc_s0@46
 E  soc_s1@46
 E  soc_s2@46
 L  reserve@46
 G  mustrun@46
 E  bal_b0@47
 E  bal_b1@47
 E  bal_b2@47
 E  bal_b3@47
 E  bal_b4@47
 E  bal_b5@47
 L  ramp_g0@47
 L  ramp_g2@47
 L  ramp_g3@47
 L  ramp_g4@47
 L  ramp_g5@47
 L  ramp_g7@47
 L  ramp_g8@47
 L  ramp_g9@47
 L  ramp_g10@47
 E  soc_s0@47
 E  soc_s1@47
 E  soc_s2@47
 L  reserve@47
 G  mustrun@47
 E  bal_b0@48
 E  bal_b1@48
 E  bal_b2@48
 E  bal_b3@48
 E  bal_b4@48
 E  bal_b5@48
 L  ramp_g0@48
 L  ramp_g2@48
 L  ramp_g3@48
 L  ramp_g4@48
 L  ramp_g5@48
 L  ramp_g7@48
 L  ramp_g8@48
 L  ramp_g9@48
 L  ramp_g10@48
 E  soc_s0@48
 E  soc_s1@48
 E  soc_s2@48
 L  reserve@48
 G  mustrun@48
 E  bal_b0@49
 E  bal_b1@49
 E  bal_b2@49
 E  bal_b3@49
 E  bal_b4@49
 E  bal_b5@49
 L  ramp_g0@49
 L  ramp_g2@49
 L  ramp_g3@49
 L  ramp_g4@49
 L  ramp_g5@49
 L  ramp_g7@49
 L  ramp_g8@49
 L  ramp_g9@49
 L  ramp_g10@49
 E  soc_s0@49
 E  soc_s1@49
 E  soc_s2@49
 L  reserve@49
 G  mustrun@49
 E  bal_b0@50
 E  bal_b1@50
 E  bal_b2@50
 E  bal_b3@50
 E  bal_b4@50
 E  bal_b5@50
 L  ramp_g0@50
 L  ramp_g2@50
 L  ramp_g3@50
 L  ramp_g4@50
 L  ramp_g5@50
 L  ramp_g7@50
 L  ramp_g8@50
 L  ramp_g9@50
 L  ramp_g10@50
 E  soc_s0@50
 E  soc_s1@50
 E  soc_s2@50
 L  reserve@50
 G  mustrun@50
 E  bal_b0@51
 E  bal_b1@51
 E  bal_b2@51
 E  bal_b3@51
 E  bal_b4@51
 E  bal_b5@51
 L  ramp_g0@51
 L  ramp_g2@51
 L  ramp_g3@51
 L  ramp_g4@51
 L  ramp_g5@51
 L  ramp_g7@51
 L  ramp_g8@51
 L  ramp_g9@51
 L  ramp_g10@51
 E  soc_s0@51
 E  soc_s1@51
 E  soc_s2@51
 L  reserve@51
 G  mustrun@51
 E  bal_b0@52
 E  bal_b1@52
 E  bal_b2@52
 E  bal_b3@52
 E  bal_b4@52
 E  bal_b5@52
 L  ramp_g0@52
 L  ramp_g2@52
 L  ramp_g3@52
 L  ramp_g4@52
 L  ramp_g5@52
 L  ramp_g7@52
 L  ramp_g8@52
 L  ramp_g9@52
 L  ramp_g10@52
 E  soc_s0@52
 E  soc_s1@52
 E  soc_s2@52
 L  reserve@52
 G  mustrun@52
 E  bal_b0@53
 E  bal_b1@53
 E  bal_b2@53
 E  bal_b3@53
 E  bal_b4@53
 E  bal_b5@53
 L  ramp_g0@53
 L  ramp_g2@53
 L  ramp_g3@53
 L  ramp_g4@53
 L  ramp_g5@53
 L  ramp_g7@53
 L  ramp_g8@53
 L  ramp_g9@53
 L  ramp_g10@53
 E  soc_s0@53
 E  soc_s1@53
 E  soc_s2@53
 L  reserve@53
 G  mustrun@53
 E  bal_b0@54
 E  bal_b1@54
 E  bal_b2@54
 E  bal_b3@54
 E  bal_b4@54
 E  bal_b5@54
 L  ramp_g0@54
 L  ramp_g2@54
 L  ramp_g3@54
 L  ramp_g4@54
 L  ramp_g5@54
 L  ramp_g7@54
 L  ramp_g8@54
 L  ramp_g9@54
 L  ramp_g10@54
 E  soc_s0@54
 E  soc_s1@54
 E  soc_s2@54
 L  reserve@54
 G  mustrun@54
 E  bal_b0@55
 E  bal_b1@55
 E  bal_b2@55
 E  bal_b3@55
 E  bal_b4@55
 E  bal_b5@55
 L  ramp_g0@55
 L  ramp_g2@55
 L  ramp_g3@55
 L  ramp_g4@55
 L  ramp_g5@55
 L  ramp_g7@55
 L  ramp_g8@55
 L  ramp_g9@55
 L  ramp_g10@55
 E  soc_s0@55
 E  soc_s1@55
 E  soc_s2@55
 L  reserve@55
 G  mustrun@55
 E  bal_b0@56
 E  bal_b1@56
 E  bal_b2@56
 E  bal_b3@56
 E  bal_b4@56
 E  bal_b5@56
 L  ramp_g0@56
 L  ramp_g2@56
 L  ramp_g3@56
 L  ramp_g4@56
 L  ramp_g5@56
 L  ramp_g7@56
 L  ramp_g8@56
 L  ramp_g9@56
 L  ramp_g10@56
 E  soc_s0@56
 E  soc_s1@56
 E  soc_s2@56
 L  reserve@56
 G  mustrun@56
 E  bal_b0@57
 E  bal_b1@57
 E  bal_b2@57
 E  bal_b3@57
 E  bal_b4@57
 E  bal_b5@57
 L  ramp_g0@57
 L  ramp_g2@57
 L  ramp_g3@57
 L  ramp_g4@57
 L  ramp_g5@57
 L  ramp_g7@57
 L  ramp_g8@57
 L  ramp_g9@57
 L  ramp_g10@57
 E  soc_s0@57
 E  soc_s1@57
 E  soc_s2@57
 L  reserve@57
 G  mustrun@57
 E  bal_b0@58
 E  bal_b1@58
 E  bal_b2@58
 E  bal_b3@58
 E  bal_b4@58
 E  bal_b5@58
 L  ramp_g0@58
 L  ramp_g2@58
 L  ramp_g3@58
 L  ramp_g4@58
 L  ramp_g5@58
 L  ramp_g7@58
 L  ramp_g8@58
 L  ramp_g9@58
 L  ramp_g10@58
 E  soc_s0@58
 E  soc_s1@58
 E  soc_s2@58
 L  reserve@58
 G  mustrun@58
 E  bal_b0@59
 E  bal_b1@59
 E  bal_b2@59
 E  bal_b3@59
 E  bal_b4@59
 E  bal_b5@59
 L  ramp_g0@59
 L  ramp_g2@59
 L  ramp_g3@59
 L  ramp_g4@59
 L  ramp_g5@59
 L  ramp_g7@59
 L  ramp_g8@59
 L  ramp_g9@59
 L  ramp_g10@59
 E  soc_s0@59
 E  soc_s1@59
 E  soc_s2@59
 L  reserve@59
 G  mustrun@59
 E  bal_b0@60
 E  bal_b1@60
 E  bal_b2@60
 E  bal_b3@60
 E  bal_b4@60
 E  bal_b5@60
 L  ramp_g0@60
 L  ramp_g2@60
 L  ramp_g3@60
 L  ramp_g4@60
 L  ramp_g5@60
 L  ramp_g7@60
 L  ramp_g8@60
 L  ramp_g9@60
 L  ramp_g10@60
 E  soc_s0@60
 E  soc_s1@60
 E  soc_s2@60
 L  reserve@60
 G  mustrun@60
 E  bal_b0@61
 E  bal_b1@61
 E  bal_b2@61
 E  bal_b3@61
 E  bal_b4@61
 E  bal_b5@61
 L  ramp_g0@61
 L  ramp_g2@61
 L  ramp_g3@61
 L  ramp_g4@61
 L  ramp_g5@61
 L  ramp_g7@61
 L  ramp_g8@61
 L  ramp_g9@61
 L  ramp_g10@61
 E  soc_s0@61
 E  soc_s1@61
 E  soc_s2@61
 L  reserve@61
 G  mustrun@61
 E  bal_b0@62
 E  bal_b1@62
 E  bal_b2@62
 E  bal_b3@62
 E  bal_b4@62
 E  bal_b5@62
 L  ramp_g0@62
 L  ramp_g2@62
 L  ramp_g3@62
 L  ramp_g4@62
 L  ramp_g5@62
 L  ramp_g7@62
 L  ramp_g8@62
 L  ramp_g9@62
 L  ramp_g10@62
 E  soc_s0@62
 E  soc_s1@62
 E  soc_s2@62
 L  reserve@62
 G  mustrun@62
 E  bal_b0@63
 E  bal_b1@63
 E  bal_b2@63
 E  bal_b3@63
 E  bal_b4@63
 E  bal_b5@63
 L  ramp_g0@63
 L  ramp_g2@63
 L  ramp_g3@63
 L  ramp_g4@63
 L  ramp_g5@63
 L  ramp_g7@63
 L  ramp_g8@63
 L  ramp_g9@63
 L  ramp_g10@63
 E  soc_s0@63
 E  soc_s1@63
 E  soc_s2@63
 L  reserve@63
 G  mustrun@63
 E  bal_b0@64
 E  bal_b1@64
 E  bal_b2@64
 E  bal_b3@64
 E  bal_b4@64
 E  bal_b5@64
 L  ramp_g0@64
 L  ramp_g2@64
 L  ramp_g3@64
 L  ramp_g4@64
 L  ramp_g5@64
 L  ramp_g7@64
 L  ramp_g8@64
 L  ramp_g9@64
 L  ramp_g10@64
 E  soc_s0@64
 E  soc_s1@64
 E  soc_s2@64
 L  reserve@64
 G  mustrun@64
 E  bal_b0@65
 E  bal_b1@65
 E  bal_b2@65
 E  bal_b3@65
 E  bal_b4@65
 E  bal_b5@65
 L  ramp_g0@65
 L  ramp_g2@65
 L  ramp_g3@65
 L  ramp_g4@65
 L  ramp_g5@65
 L  ramp_g7@65
 L  ramp_g8@65
 L  ramp_g9@65
 L  ramp_g10@65
 E  soc_s0@65
 E  soc_s1@65
 E  soc_s2@65
 L  reserve@65
 G  mustrun@65
 E  bal_b0@66
 E  bal_b1@66
 E  bal_b2@66
 E  bal_b3@66
 E  bal_b4@66
 E  bal_b5@66
 L  ramp_g0@66
 L  ramp_g2@66
 L  ramp_g3@66
 L  ramp_g4@66
 L  ramp_g5@66
 L  ramp_g7@66
 L  ramp_g8@66
 L  ramp_g9@66
 L  ramp_g10@66
 E  soc_s0@66
 E  soc_s1@66
 E  soc_s2@66
 L  reserve@66
 G  mustrun@66
 E  bal_b0@67
 E  bal_b1@67
 E  bal_b2@67
 E  bal_b3@67
 E  bal_b4@67
 E  bal_b5@67
 L  ramp_g0@67
 L  ramp_g2@67
 L  ramp_g3@67
 L  ramp_g4@67
 L  ramp_g5@67
 L  ramp_g7@67
 L  ramp_g8@67
 L  ramp_g9@67
 L  ramp_g10@67
 E  soc_s0@67
 E  soc_s1@67
 E  soc_s2@67
 L  reserve@67
 G  mustrun@67
 E  bal_b0@68
 E  bal_b1@68
 E  bal_b2@68
 E  bal_b3@68
 E  bal_b4@68
 E  bal_b5@68
 L  ramp_g0@68
 L  ramp_g2@68
 L  ramp_g3@68
 L  ramp_g4@68
 L  ramp_g5@68
 L  ramp_g7@68
 L  ramp_g8@68
 L  ramp_g9@68
 L  ramp_g10@68
 E  soc_s0@68
 E  soc_s1@68
 E  soc_s2@68
 L  reserve@68
 G  mustrun@68
 E  bal_b0@69
 E  bal_b1@69
 E  bal_b2@69
 E  bal_b3@69
 E  bal_b4@69
 E  bal_b5@69
 L  ramp_g0@69
 L  ramp_g2@69
 L  ramp_g3@69
 L  ramp_g4@69
 L  ramp_g5@69
 L  ramp_g7@69
 L  ramp_g8@69
 L  ramp_g9@69
 L  ramp_g10@69
 E  soc_s0@69
 E  soc_s1@69
 E  soc_s2@69
 L  reserve@69
 G  mustrun@69
 E  bal_b0@70
 E  bal_b1@70
 E  bal_b2@70
 E  bal_b3@70
 E  bal_b4@70
 E  bal_b5@70
 L  ramp_g0@70
 L  ramp_g2@70
 L  ramp_g3@70
 L  ramp_g4@70
 L  ramp_g5@70
 L  ramp_g7@70
 L  ramp_g8@70
 L  ramp_g9@70
 L  ramp_g10@70
 E  soc_s0@70
 E  soc_s1@70
 E  soc_s2@70
 L  reserve@70
 G  mustrun@70
 E  bal_b0@71
 E  bal_b1@71
 E  bal_b2@71
 E  bal_b3@71
 E  bal_b4@71
 E  bal_b5@71
 L  ramp_g0@71
 L  ramp_g2@71
 L  ramp_g3@71
 L  ramp_g4@71
 L  ramp_g5@71
 L  ramp_g7@71
 L  ramp_g8@71
 L  ramp_g9@71
 L  ramp_g10@71
 E  soc_s0@71
 E  soc_s1@71
 E  soc_s2@71
 L  reserve@71
 G  mustrun@71
 E  bal_b0@72
 E  bal_b1@72
 E  bal_b2@72
 E  bal_b3@72
 E  bal_b4@72
 E  bal_b5@72
 L  ramp_g0@72
 L  ramp_g2@72
 L  ramp_g3@72
 L  ramp_g4@72
 L  ramp_g5@72
 L  ramp_g7@72
 L  ramp_g8@72
 L  ramp_g9@72
 L  ramp_g10@72
 E  soc_s0@72
 E  soc_s1@72
 E  soc_s2@72
 L  reserve@72
 G  mustrun@72
 E  bal_b0@73
 E  bal_b1@73
 E  bal_b2@73
 E  bal_b3@73
 E  bal_b4@73
 E  bal_b5@73
 L  ramp_g0@73
 L  ramp_g2@73
 L  ramp_g3@73
 L  ramp_g4@73
 L  ramp_g5@73
 L  ramp_g7@73
 L  ramp_g8@73
 L  ramp_g9@73
 L  ramp_g10@73
 E  soc_s0@73
 E  soc_s1@73
 E  soc_s2@73
 L  reserve@73
 G  mustrun@73
 E  bal_b0@74
 E  bal_b1@74
 E  bal_b2@74
 E  bal_b3@74
 E  bal_b4@74
 E  bal_b5@74
 L  ramp_g0@74
 L  ramp_g2@74
 L  ramp_g3@74
 L  ramp_g4@74
 L  ramp_g5@74
 L  ramp_g7@74
 L  ramp_g8@74
 L  ramp_g9@74
 L  ramp_g10@74
 E  soc_s0@74
 E  soc_s1@74
 E  soc_s2@74
 L  reserve@74
 G  mustrun@74
 E  bal_b0@75
 E  bal_b1@75
 E  bal_b2@75
 E  bal_b3@75
 E  bal_b4@75
 E  bal_b5@75
 L  ramp_g0@75
 L  ramp_g2@75
 L  ramp_g3@75
 L  ramp_g4@75
 L  ramp_g5@75
 L  ramp_g7@75
 L  ramp_g8@75
 L  ramp_g9@75
 L  ramp_g10@75
 E  soc_s0@75
 E  soc_s1@75
 E  soc_s2@75
 L  reserve@75
 G  mustrun@75
 E  bal_b0@76
 E  bal_b1@76
 E  bal_b2@76
 E  bal_b3@76
 E  bal_b4@76
 E  bal_b5@76
 L  ramp_g0@76
 L  ramp_g2@76
 L  ramp_g3@76
 L  ramp_g4@76
 L  ramp_g5@76
 L  ramp_g7@76
 L  ramp_g8@76
 L  ramp_g9@76
 L  ramp_g10@76
 E  soc_s0@76
 E  soc_s1@76
 E  soc_s2@76
 L  reserve@76
 G  mustrun@76
 E  bal_b0@77
 E  bal_b1@77
 E  bal_b2@77
 E  bal_b3@77
 E  bal_b4@77
 E  bal_b5@77
 L  ramp_g0@77
 L  ramp_g2@77
 L  ramp_g3@77
 L  ramp_g4@77
 L  ramp_g5@77
 L  ramp_g7@77
 L  ramp_g8@77
 L  ramp_g9@77
 L  ramp_g10@77
 E  soc_s0@77
 E  soc_s1@77
 E  soc_s2@77
 L  reserve@77
 G  mustrun@77
 E  bal_b0@78
 E  bal_b1@78
 E  bal_b2@78
 E  bal_b3@78
 E  bal_b4@78
 E  bal_b5@78
 L  ramp_g0@78
 L  ramp_g2@78
 L  ramp_g3@78
 L  ramp_g4@78
 L  ramp_g5@78
 L  ramp_g7@78
 L  ramp_g8@78
 L  ramp_g9@78
 L  ramp_g10@78
 E  soc_s0@78
 E  soc_s1@78
 E  soc_s2@78
 L  reserve@78
 G  mustrun@78
 E  bal_b0@79
 E  bal_b1@79
 E  bal_b2@79
 E  bal_b3@79
 E  bal_b4@79
 E  bal_b5@79
 L  ramp_g0@79
 L  ramp_g2@79
 L  ramp_g3@79
 L  ramp_g4@79
 L  ramp_g5@79
 L  ramp_g7@79
 L  ramp_g8@79
 L  ramp_g9@79
 L  ramp_g10@79
 E  soc_s0@79
 E  soc_s1@79
 E  soc_s2@79
 L  reserve@79
 G  mustrun@79
 E  bal_b0@80
 E  bal_b1@80
 E  bal_b2@80
 E  bal_b3@80
 E  bal_b4@80
 E  bal_b5@80
 L  ramp_g0@80
 L  ramp_g2@80
 L  ramp_g3@80
 L  ramp_g4@80
 L  ramp_g5@80
 L  ramp_g7@80
 L  ramp_g8@80
 L  ramp_g9@80
 L  ramp_g10@80
 E  soc_s0@80
 E  soc_s1@80
 E  soc_s2@80
 L  reserve@80
 G  mustrun@80
 E  bal_b0@81
 E  bal_b1@81
 E  bal_b2@81
 E  bal_b3@81
 E  bal_b4@81
 E  bal_b5@81
 L  ramp_g0@81
 L  ramp_g2@81
 L  ramp_g3@81
 L  ramp_g4@81
 L  ramp_g5@81
 L  ramp_g7@81
 L  ramp_g8@81
 L  ramp_g9@81
 L  ramp_g10@81
 E  soc_s0@81
 E  soc_s1@81
 E  soc_s2@81
 L  reserve@81
 G  mustrun@81
 E  bal_b0@82
 E  bal_b1@82
 E  bal_b2@82
 E  bal_b3@82
 E  bal_b4@82
 E  bal_b5@82
 L  ramp_g0@82
 L  ramp_g2@82
 L  ramp_g3@82
 L  ramp_g4@82
 L  ramp_g5@82
 L  ramp_g7@82
 L  ramp_g8@82
 L  ramp_g9@82
 L  ramp_g10@82
 E  soc_s0@82
 E  soc_s1@82
 E  soc_s2@82
 L  reserve@82
 G  mustrun@82
 E  bal_b0@83
 E  bal_b1@83
 E  bal_b2@83
 E  bal_b3@83
 E  bal_b4@83
 E  bal_b5@83
 L  ramp_g0@83
 L  ramp_g2@83
 L  ramp_g3@83
 L  ramp_g4@83
 L  ramp_g5@83
 L  ramp_g7@83
 L  ramp_g8@83
 L  ramp_g9@83
 L  ramp_g10@83
 E  soc_s0@83
 E  soc_s1@83
 E  soc_s2@83
 L  reserve@83
 G  mustrun@83
 E  bal_b0@84
 E  bal_b1@84
 E  bal_b2@84
 E  bal_b3@84
 E  bal_b4@84
 E  bal_b5@84
 L  ramp_g0@84
 L  ramp_g2@84
 L  ramp_g3@84
 L  ramp_g4@84
 L  ramp_g5@84
 L  ramp_g7@84
 L  ramp_g8@84
 L  ramp_g9@84
 L  ramp_g10@84
 E  soc_s0@84
 E  soc_s1@84
 E  soc_s2@84
 L  reserve@84
 G  mustrun@84
 E  bal_b0@85
 E  bal_b1@85
 E  bal_b2@85
 E  bal_b3@85
 E  bal_b4@85
 E  bal_b5@85
 L  ramp_g0@85
 L  ramp_g2@85
 L  ramp_g3@85
 L  ramp_g4@85
 L  ramp_g5@85
 L  ramp_g7@85
 L  ramp_g8@85
 L  ramp_g9@85
 L  ramp_g10@85
 E  soc_s0@85
 E  soc_s1@85
 E  soc_s2@85
 L  reserve@85
 G  mustrun@85
 E  bal_b0@86
 E  bal_b1@86
 E  bal_b2@86
 E  bal_b3@86
 E  bal_b4@86
 E  bal_b5@86
 L  ramp_g0@86
 L  ramp_g2@86
 L  ramp_g3@86
 L  ramp_g4@86
 L  ramp_g5@86
 L  ramp_g7@86
 L  ramp_g8@86
 L  ramp_g9@86
 L  ramp_g10@86
 E  soc_s0@86
 E  soc_s1@86
 E  soc_s2@86
 L  reserve@86
 G  mustrun@86
 E  bal_b0@87
 E  bal_b1@87
 E  bal_b2@87
 E  bal_b3@87
 E  bal_b4@87
 E  bal_b5@87
 L  ramp_g0@87
 L  ramp_g2@87
 L  ramp_g3@87
 L  ramp_g4@87
 L  ramp_g5@87
 L  ramp_g7@87
 L  ramp_g8@87
 L  ramp_g9@87
 L  ramp_g10@87
 E  soc_s0@87
 E  soc_s1@87
 E  soc_s2@87
 L  reserve@87
 G  mustrun@87
 E  bal_b0@88
 E  bal_b1@88
 E  bal_b2@88
 E  bal_b3@88
 E  bal_b4@88
 E  bal_b5@88
 L  ramp_g0@88
 L  ramp_g2@88
 L  ramp_g3@88
 L  ramp_g4@88
 L  ramp_g5@88
 L  ramp_g7@88
 L  ramp_g8@88
 L  ramp_g9@88
 L  ramp_g10@88
 E  soc_s0@88
 E  soc_s1@88
 E  soc_s2@88
 L  reserve@88
 G  mustrun@88
 E  bal_b0@89
 E  bal_b1@89
 E  bal_b2@89
 E  bal_b3@89
 E  bal_b4@89
 E  bal_b5@89
 L  ramp_g0@89
 L  ramp_g2@89
 L  ramp_g3@89
 L  ramp_g4@89
 L  ramp_g5@89
 L  ramp_g7@89
 L  ramp_g8@89
 L  ramp_g9@89
 L  ramp_g10@89
 E  soc_s0@89
 E  soc_s1@89
 E  soc_s2@89
 L  reserve@89
 G  mustrun@89
 E  bal_b0@90
 E  bal_b1@90
 E  bal_b2@90
 E  bal_b3@90
 E  bal_b4@90
 E  bal_b5@90
 L  ramp_g0@90
 L  ramp_g2@90
 L  ramp_g3@90
 L  ramp_g4@90
 L  ramp_g5@90
 L  ramp_g7@90
 L  ramp_g8@90
 L  ramp_g9@90
 L  ramp_g10@90
 E  soc_s0@90
 E  soc_s1@90
 E  soc_s2@90
 L  reserve@90
 G  mustrun@90
 E  bal_b0@91
 E  bal_b1@91
 E  bal_b2@91
 E  bal_b3@91
 E  bal_b4@91
 E  bal_b5@91
 L  ramp_g0@91
 L  ramp_g2@91
 L  ramp_g3@91
 L  ramp_g4@91
 L  ramp_g5@91
 L  ramp_g7@91
 L  ramp_g8@91
 L  ramp_g9@91
 L  ramp_g10@91
 E  soc_s0@91
 E  soc_s1@91
 E  soc_s2@91
 L  reserve@91
 G  mustrun@91
 E  bal_b0@92
 E  bal_b1@92
 E  bal_b2@92
 E  bal_b3@92
 E  bal_b4@92
 E  bal_b5@92
 L  ramp_g0@92
 L  ramp_g2@92
 L  ramp_g3@92
 L  ramp_g4@92
 L  ramp_g5@92
 L  ramp_g7@92
 L  ramp_g8@92
 L  ramp_g9@92
 L  ramp_g10@92
 E  soc_s0@92
 E  soc_s1@92
 E  soc_s2@92
 L  reserve@92
 G  mustrun@92
 E  bal_b0@93
 E  bal_b1@93
 E  bal_b2@93
 E  bal_b3@93
 E  bal_b4@93
 E  bal_b5@93
 L  ramp_g0@93
 L  ramp_g2@93
 L  ramp_g3@93
 L  ramp_g4@93
 L  ramp_g5@93
 L  ramp_g7@93
 L  ramp_g8@93
 L  ramp_g9@93
 L  ramp_g10@93
 E  soc_s0@93
 E  soc_s1@93
 E  soc_s2@93
 L  reserve@93
 G  mustrun@93
 E  bal_b0@94
 E  bal_b1@94
 E  bal_b2@94
 E  bal_b3@94
 E  bal_b4@94
 E  bal_b5@94
 L  ramp_g0@94
 L  ramp_g2@94
 L  ramp_g3@94
 L  ramp_g4@94
 L  ramp_g5@94
 L  ramp_g7@94
 L  ramp_g8@94
 L  ramp_g9@94
 L  ramp_g10@94
 E  soc_s0@94
 E  soc_s1@94
 E  soc_s2@94
 L  reserve@94
 G  mustrun@94
 E  bal_b0@95
 E  bal_b1@95
 E  bal_b2@95
 E  bal_b3@95
 E  bal_b4@95
 E  bal_b5@95
 L  ramp_g0@95
 L  ramp_g2@95
 L  ramp_g3@95
 L  ramp_g4@95
 L  ramp_g5@95
 L  ramp_g7@95
 L  ramp_g8@95
 L  ramp_g9@95
 L  ramp_g10@95
 E  soc_s0@95
 E  soc_s1@95
 E  soc_s2@95
 L  reserve@95
 G  mustrun@95
COLUMNS
    p_g0@0    Obj       15.54
    p_g0@0    bal_b0@0  1
    p_g0@0    reserve@0  1
    p_g0@0    ramp_g0@1  -1
    p_g1@0    Obj       23.55
    p_g1@0    bal_b0@0  1
    p_g2@0    Obj       78.18
    p_g2@0    bal_b1@0  1
    p_g2@0    reserve@0  1
    p_g2@0    ramp_g2@1  -1
    p_g3@0    Obj       16.25
    p_g3@0    bal_b1@0  1
    p_g3@0    reserve@0  1
    p_g3@0    ramp_g3@1  -1
    p_g4@0    Obj       25.89
    p_g4@0    bal_b2@0  1
    p_g4@0    ramp_g4@1  -1
    p_g5@0    Obj       76.68
    p_g5@0    bal_b2@0  1
    p_g5@0    ramp_g5@1  -1
    p_g6@0    Obj       17.76
    p_g6@0    bal_b3@0  1
    p_g7@0    Obj       21.95
    p_g7@0    bal_b3@0  1
    p_g7@0    ramp_g7@1  -1
    p_g8@0    Obj       44.12
    p_g8@0    bal_b4@0  1
    p_g8@0    ramp_g8@1  -1
    p_g9@0    Obj       60.4
    p_g9@0    bal_b4@0  1
    p_g9@0    mustrun@0  1
    p_g9@0    ramp_g9@1  -1
    p_g10@0   Obj       57.07
    p_g10@0   bal_b5@0  1
    p_g10@0   mustrun@0  1
    p_g10@0   ramp_g10@1  -1
    p_g11@0   Obj       39.72
    p_g11@0   bal_b5@0  1
    imp@0     Obj       46.85
    imp@0     bal_b5@0  1
    f_l0@0    bal_b0@0  -1
    f_l0@0    bal_b1@0  1
    f_l1@0    bal_b1@0  -1
    f_l1@0    bal_b2@0  1
    f_l2@0    bal_b1@0  -1
    f_l2@0    bal_b3@0  1
    f_l3@0    bal_b3@0  -1
    f_l3@0    bal_b4@0  1
    f_l4@0    bal_b2@0  -1
    f_l4@0    bal_b5@0  1
    f_l5@0    bal_b0@0  -1
    f_l5@0    bal_b3@0  1
    f_l6@0    bal_b0@0  -1
    f_l6@0    bal_b1@0  1
    ch_s0@0   bal_b4@0  -1
    ch_s0@0   soc_s0@0  -0.9243
    dis_s0@0  Obj       0.1
    dis_s0@0  bal_b4@0  1
    dis_s0@0  soc_s0@0  1.0699
    soc_s0@0  soc_s0@0  1
    soc_s0@0  soc_s0@1  -0.9988
    ch_s1@0   bal_b5@0  -1
    ch_s1@0   soc_s1@0  -0.9141
    dis_s1@0  Obj       0.1
    dis_s1@0  bal_b5@0  1
    dis_s1@0  soc_s1@0  1.0893
    soc_s1@0  soc_s1@0  1
    soc_s1@0  soc_s1@1  -0.9982
    ch_s2@0   bal_b3@0  -1
    ch_s2@0   soc_s2@0  -0.8892
    dis_s2@0  Obj       0.1
    dis_s2@0  bal_b3@0  1
    dis_s2@0  soc_s2@0  1.1057
    soc_s2@0  soc_s2@0  1
    soc_s2@0  soc_s2@1  -0.9971
    shed_b0@0  Obj       10000
    shed_b0@0  bal_b0@0  1
    shed_b1@0  Obj       10000
    shed_b1@0  bal_b1@0  1
    shed_b2@0  Obj       10000
    shed_b2@0  bal_b2@0  1
    shed_b3@0  Obj       10000
    shed_b3@0  bal_b3@0  1
    shed_b4@0  Obj       10000
    shed_b4@0  bal_b4@0  1
    shed_b5@0  Obj       10000
    shed_b5@0  bal_b5@0  1
    p_g0@1    Obj       15.54
    p_g0@1    bal_b0@1  1
    p_g0@1    ramp_g0@1  1
    p_g0@1    reserve@1  1
    p_g0@1    ramp_g0@2  -1
    p_g1@1    Obj       23.55
    p_g1@1    bal_b0@1  1
    p_g2@1    Obj       78.18
    p_g2@1    bal_b1@1  1
    p_g2@1    ramp_g2@1  1
    p_g2@1    reserve@1  1
    p_g2@1    ramp_g2@2  -1
    p_g3@1    Obj       16.25
    p_g3@1    bal_b1@1  1
    p_g3@1    ramp_g3@1  1
    p_g3@1    reserve@1  1
    p_g3@1    ramp_g3@2  -1
    p_g4@1    Obj       25.89
    p_g4@1    bal_b2@1  1
    p_g4@1    ramp_g4@1  1
    p_g4@1    ramp_g4@2  -1
    p_g5@1    Obj       76.68
    p_g5@1    bal_b2@1  1
    p_g5@1    ramp_g5@1  1
    p_g5@1    ramp_g5@2  -1
    p_g6@1    Obj       17.76
    p_g6@1    bal_b3@1  1
    p_g7@1    Obj       21.95
    p_g7@1    bal_b3@1  1
    p_g7@1    ramp_g7@1  1
    p_g7@1    ramp_g7@2  -1
    p_g8@1    Obj       44.12
    p_g8@1    bal_b4@1  1
    p_g8@1    ramp_g8@1  1
    p_g8@1    ramp_g8@2  -1
    p_g9@1    Obj       60.4
    p_g9@1    bal_b4@1  1
    p_g9@1    ramp_g9@1  1
    p_g9@1    mustrun@1  1
    p_g9@1    ramp_g9@2  -1
    p_g10@1   Obj       57.07
    p_g10@1   bal_b5@1  1
    p_g10@1   ramp_g10@1  1
    p_g10@1   mustrun@1  1
    p_g10@1   ramp_g10@2  -1
    p_g11@1   Obj       39.72
    p_g11@1   bal_b5@1  1
    imp@1     Obj       46.85
    imp@1     bal_b5@1  1
    f_l0@1    bal_b0@1  -1
    f_l0@1    bal_b1@1  1
    f_l1@1    bal_b1@1  -1
    f_l1@1    bal_b2@1  1
    f_l2@1    bal_b1@1  -1
    f_l2@1    bal_b3@1  1
    f_l3@1    bal_b3@1  -1
    f_l3@1    bal_b4@1  1
    f_l4@1    bal_b2@1  -1
    f_l4@1    bal_b5@1  1
    f_l5@1    bal_b0@1  -1
    f_l5@1    bal_b3@1  1
    f_l6@1    bal_b0@1  -1
    f_l6@1    bal_b1@1  1
    ch_s0@1   bal_b4@1  -1
    ch_s0@1   soc_s0@1  -0.9243
    dis_s0@1  Obj       0.1
    dis_s0@1  bal_b4@1  1
    dis_s0@1  soc_s0@1  1.0699
    soc_s0@1  soc_s0@1  1
    soc_s0@1  soc_s0@2  -0.9988
    ch_s1@1   bal_b5@1  -1
    ch_s1@1   soc_s1@1  -0.9141
    dis_s1@1  Obj       0.1
    dis_s1@1  bal_b5@1  1
    dis_s1@1  soc_s1@1  1.0893
    soc_s1@1  soc_s1@1  1
    soc_s1@1  soc_s1@2  -0.9982
    ch_s2@1   bal_b3@1  -1
    ch_s2@1   soc_s2@1  -0.8892
    dis_s2@1  Obj       0.1
    dis_s2@1  bal_b3@1  1
    dis_s2@1  soc_s2@1  1.1057
    soc_s2@1  soc_s2@1  1
    soc_s2@1  soc_s2@2  -0.9971
    shed_b0@1  Obj       10000
    shed_b0@1  bal_b0@1  1
    shed_b1@1  Obj       10000
    shed_b1@1  bal_b1@1  1
    shed_b2@1  Obj       10000
    shed_b2@1  bal_b2@1  1
    shed_b3@1  Obj       10000
    shed_b3@1  bal_b3@1  1
    shed_b4@1  Obj       10000
    shed_b4@1  bal_b4@1  1
    shed_b5@1  Obj       10000
    shed_b5@1  bal_b5@1  1
    p_g0@2    Obj       15.54
    p_g0@2    bal_b0@2  1
    p_g0@2    ramp_g0@2  1
    p_g0@2    reserve@2  1
    p_g0@2    ramp_g0@3  -1
    p_g1@2    Obj       23.55
    p_g1@2    bal_b0@2  1
    p_g2@2    Obj       78.18
    p_g2@2    bal_b1@2  1
    p_g2@2    ramp_g2@2  1
    p_g2@2    reserve@2  1
    p_g2@2    ramp_g2@3  -1
    p_g3@2    Obj       16.25
    p_g3@2    bal_b1@2  1
    p_g3@2    ramp_g3@2  1
    p_g3@2    reserve@2  1
    p_g3@2    ramp_g3@3  -1
    p_g4@2    Obj       25.89
    p_g4@2    bal_b2@2  1
    p_g4@2    ramp_g4@2  1
    p_g4@2    ramp_g4@3  -1
    p_g5@2    Obj       76.68
    p_g5@2    bal_b2@2  1
    p_g5@2    ramp_g5@2  1
    p_g5@2    ramp_g5@3  -1
    p_g6@2    Obj       17.76
    p_g6@2    bal_b3@2  1
    p_g7@2    Obj       21.95
    p_g7@2    bal_b3@2  1
    p_g7@2    ramp_g7@2  1
    p_g7@2    ramp_g7@3  -1
    p_g8@2    Obj       44.12
    p_g8@2    bal_b4@2  1
    p_g8@2    ramp_g8@2  1
    p_g8@2    ramp_g8@3  -1
    p_g9@2    Obj       60.4
    p_g9@2    bal_b4@2  1
    p_g9@2    ramp_g9@2  1
    p_g9@2    mustrun@2  1
    p_g9@2    ramp_g9@3  -1
    p_g10@2   Obj       57.07
    p_g10@2   bal_b5@2  1
    p_g10@2   ramp_g10@2  1
    p_g10@2   mustrun@2  1
    p_g10@2   ramp_g10@3  -1
    p_g11@2   Obj       39.72
    p_g11@2   bal_b5@2  1
    imp@2     Obj       46.85
    imp@2     bal_b5@2  1
    f_l0@2    bal_b0@2  -1
    f_l0@2    bal_b1@2  1
    f_l1@2    bal_b1@2  -1
    f_l1@2    bal_b2@2  1
    f_l2@2    bal_b1@2  -1
    f_l2@2    bal_b3@2  1
    f_l3@2    bal_b3@2  -1
    f_l3@2    bal_b4@2  1
    f_l4@2    bal_b2@2  -1
    f_l4@2    bal_b5@2  1
    f_l5@2    bal_b0@2  -1
    f_l5@2    bal_b3@2  1
    f_l6@2    bal_b0@2  -1
    f_l6@2    bal_b1@2  1
    ch_s0@2   bal_b4@2  -1
    ch_s0@2   soc_s0@2  -0.9243
    dis_s0@2  Obj       0.1
    dis_s0@2  bal_b4@2  1
    dis_s0@2  soc_s0@2  1.0699
    soc_s0@2  soc_s0@2  1
    soc_s0@2  soc_s0@3  -0.9988
    ch_s1@2   bal_b5@2  -1
    ch_s1@2   soc_s1@2  -0.9141
    dis_s1@2  Obj       0.1
    dis_s1@2  bal_b5@2  1
    dis_s1@2  soc_s1@2  1.0893
    soc_s1@2  soc_s1@2  1
    soc_s1@2  soc_s1@3  -0.9982
    ch_s2@2   bal_b3@2  -1
    ch_s2@2   soc_s2@2  -0.8892
    dis_s2@2  Obj       0.1
    dis_s2@2  bal_b3@2  1
    dis_s2@2  soc_s2@2  1.1057
    soc_s2@2  soc_s2@2  1
    soc_s2@2  soc_s2@3  -0.9971
    shed_b0@2  Obj       10000
    shed_b0@2  bal_b0@2  1
    shed_b1@2  Obj       10000
    shed_b1@2  bal_b1@2  1
    shed_b2@2  Obj       10000
    shed_b2@2  bal_b2@2  1
    shed_b3@2  Obj       10000
    shed_b3@2  bal_b3@2  1
    shed_b4@2  Obj       10000
    shed_b4@2  bal_b4@2  1
    shed_b5@2  Obj       10000
    shed_b5@2  bal_b5@2  1
    p_g0@3    Obj       15.54
    p_g0@3    bal_b0@3  1
    p_g0@3    ramp_g0@3  1
    p_g0@3    reserve@3  1
    p_g0@3    ramp_g0@4  -1
    p_g1@3    Obj       23.55
    p_g1@3    bal_b0@3  1
    p_g2@3    Obj       78.18
    p_g2@3    bal_b1@3  1
    p_g2@3    ramp_g2@3  1
    p_g2@3    reserve@3  1
    p_g2@3    ramp_g2@4  -1
    p_g3@3    Obj       16.25
    p_g3@3    bal_b1@3  1
    p_g3@3    ramp_g3@3  1
    p_g3@3    reserve@3  1
    p_g3@3    ramp_g3@4  -1
    p_g4@3    Obj       25.89
    p_g4@3    bal_b2@3  1
    p_g4@3    ramp_g4@3  1
    p_g4@3    ramp_g4@4  -1
    p_g5@3    Obj       76.68
    p_g5@3    bal_b2@3  1
    p_g5@3    ramp_g5@3  1
    p_g5@3    ramp_g5@4  -1
    p_g6@3    Obj       17.76
    p_g6@3    bal_b3@3  1
    p_g7@3    Obj       21.95
    p_g7@3    bal_b3@3  1
    p_g7@3    ramp_g7@3  1
    p_g7@3    ramp_g7@4  -1
    p_g8@3    Obj       44.12
    p_g8@3    bal_b4@3  1
    p_g8@3    ramp_g8@3  1
    p_g8@3    ramp_g8@4  -1
    p_g9@3    Obj       60.4
    p_g9@3    bal_b4@3  1
    p_g9@3    ramp_g9@3  1
    p_g9@3    mustrun@3  1
    p_g9@3    ramp_g9@4  -1
    p_g10@3   Obj       57.07
    p_g10@3   bal_b5@3  1
    p_g10@3   ramp_g10@3  1
    p_g10@3   mustrun@3  1
    p_g10@3   ramp_g10@4  -1
    p_g11@3   Obj       39.72
    p_g11@3   bal_b5@3  1
    imp@3     Obj       46.85
    imp@3     bal_b5@3  1
    f_l0@3    bal_b0@3  -1
    f_l0@3    bal_b1@3  1
    f_l1@3    bal_b1@3  -1
    f_l1@3    bal_b2@3  1
    f_l2@3    bal_b1@3  -1
    f_l2@3    bal_b3@3  1
    f_l3@3    bal_b3@3  -1
    f_l3@3    bal_b4@3  1
    f_l4@3    bal_b2@3  -1
    f_l4@3    bal_b5@3  1
    f_l5@3    bal_b0@3  -1
    f_l5@3    bal_b3@3  1
    f_l6@3    bal_b0@3  -1
    f_l6@3    bal_b1@3  1
    ch_s0@3   bal_b4@3  -1
    ch_s0@3   soc_s0@3  -0.9243
    dis_s0@3  Obj       0.1
    dis_s0@3  bal_b4@3  1
    dis_s0@3  soc_s0@3  1.0699
    soc_s0@3  soc_s0@3  1
    soc_s0@3  soc_s0@4  -0.9988
    ch_s1@3   bal_b5@3  -1
    ch_s1@3   soc_s1@3  -0.9141
    dis_s1@3  Obj       0.1
    dis_s1@3  bal_b5@3  1
    dis_s1@3  soc_s1@3  1.0893
    soc_s1@3  soc_s1@3  1
    soc_s1@3  soc_s1@4  -0.9982
    ch_s2@3   bal_b3@3  -1
    ch_s2@3   soc_s2@3  -0.8892
    dis_s2@3  Obj       0.1
    dis_s2@3  bal_b3@3  1
    dis_s2@3  soc_s2@3  1.1057
    soc_s2@3  soc_s2@3  1
    soc_s2@3  soc_s2@4  -0.9971
    shed_b0@3  Obj       10000
    shed_b0@3  bal_b0@3  1
    shed_b1@3  Obj       10000
    shed_b1@3  bal_b1@3  1
    shed_b2@3  Obj       10000
    shed_b2@3  bal_b2@3  1
    shed_b3@3  Obj       10000
    shed_b3@3  bal_b3@3  1
    shed_b4@3  Obj       10000
    shed_b4@3  bal_b4@3  1
    shed_b5@3  Obj       10000
    shed_b5@3  bal_b5@3  1
    p_g0@4    Obj       15.54
    p_g0@4    bal_b0@4  1
    p_g0@4    ramp_g0@4  1
    p_g0@4    reserve@4  1
    p_g0@4    ramp_g0@5  -1
    p_g1@4    Obj       23.55
    p_g1@4    bal_b0@4  1
    p_g2@4    Obj       78.18
    p_g2@4    bal_b1@4  1
    p_g2@4    ramp_g2@4  1
    p_g2@4    reserve@4  1
    p_g2@4    ramp_g2@5  -1
    p_g3@4    Obj       16.25
    p_g3@4    bal_b1@4  1
    p_g3@4    ramp_g3@4  1
    p_g3@4    reserve@4  1
    p_g3@4    ramp_g3@5  -1
    p_g4@4    Obj       25.89
    p_g4@4    bal_b2@4  1
    p_g4@4    ramp_g4@4  1
    p_g4@4    ramp_g4@5  -1
    p_g5@4    Obj       76.68
    p_g5@4    bal_b2@4  1
    p_g5@4    ramp_g5@4  1
    p_g5@4    ramp_g5@5  -1
    p_g6@4    Obj       17.76
    p_g6@4    bal_b3@4  1
    p_g7@4    Obj       21.95
    p_g7@4    bal_b3@4  1
    p_g7@4    ramp_g7@4  1
    p_g7@4    ramp_g7@5  -1
    p_g8@4    Obj       44.12
    p_g8@4    bal_b4@4  1
    p_g8@4    ramp_g8@4  1
    p_g8@4    ramp_g8@5  -1
    p_g9@4    Obj       60.4
    p_g9@4    bal_b4@4  1
    p_g9@4    ramp_g9@4  1
    p_g9@4    mustrun@4  1
    p_g9@4    ramp_g9@5  -1
    p_g10@4   Obj       57.07
    p_g10@4   bal_b5@4  1
    p_g10@4   ramp_g10@4  1
    p_g10@4   mustrun@4  1
    p_g10@4   ramp_g10@5  -1
    p_g11@4   Obj       39.72
    p_g11@4   bal_b5@4  1
    imp@4     Obj       46.85
    imp@4     bal_b5@4  1
    f_l0@4    bal_b0@4  -1
    f_l0@4    bal_b1@4  1
    f_l1@4    bal_b1@4  -1
    f_l1@4    bal_b2@4  1
    f_l2@4    bal_b1@4  -1
    f_l2@4    bal_b3@4  1
    f_l3@4    bal_b3@4  -1
    f_l3@4    bal_b4@4  1
    f_l4@4    bal_b2@4  -1
    f_l4@4    bal_b5@4  1
    f_l5@4    bal_b0@4  -1
    f_l5@4    bal_b3@4  1
    f_l6@4    bal_b0@4  -1
    f_l6@4    bal_b1@4  1
    ch_s0@4   bal_b4@4  -1
    ch_s0@4   soc_s0@4  -0.9243
    dis_s0@4  Obj       0.1
    dis_s0@4  bal_b4@4  1
    dis_s0@4  soc_s0@4  1.0699
    soc_s0@4  soc_s0@4  1
    soc_s0@4  soc_s0@5  -0.9988
    ch_s1@4   bal_b5@4  -1
    ch_s1@4   soc_s1@4  -0.9141
    dis_s1@4  Obj       0.1
    dis_s1@4  bal_b5@4  1
    dis_s1@4  soc_s1@4  1.0893
    soc_s1@4  soc_s1@4  1
    soc_s1@4  soc_s1@5  -0.9982
    ch_s2@4   bal_b3@4  -1
    ch_s2@4   soc_s2@4  -0.8892
    dis_s2@4  Obj       0.1
    dis_s2@4  bal_b3@4  1
    dis_s2@4  soc_s2@4  1.1057
    soc_s2@4  soc_s2@4  1
    soc_s2@4  soc_s2@5  -0.9971
    shed_b0@4  Obj       10000
    shed_b0@4  bal_b0@4  1
    shed_b1@4  Obj       10000
    shed_b1@4  bal_b1@4  1
    shed_b2@4  Obj       10000
    shed_b2@4  bal_b2@4  1
    shed_b3@4  Obj       10000
    shed_b3@4  bal_b3@4  1
    shed_b4@4  Obj       10000
    shed_b4@4  bal_b4@4  1
    shed_b5@4  Obj       10000
    shed_b5@4  bal_b5@4  1
    p_g0@5    Obj       15.54
    p_g0@5    bal_b0@5  1
    p_g0@5    ramp_g0@5  1
    p_g0@5    reserve@5  1
    p_g0@5    ramp_g0@6  -1
    p_g1@5    Obj       23.55
    p_g1@5    bal_b0@5  1
    p_g2@5    Obj       78.18
    p_g2@5    bal_b1@5  1
    p_g2@5    ramp_g2@5  1
    p_g2@5    reserve@5  1
    p_g2@5    ramp_g2@6  -1
    p_g3@5    Obj       16.25
    p_g3@5    bal_b1@5  1
    p_g3@5    ramp_g3@5  1
    p_g3@5    reserve@5  1
    p_g3@5    ramp_g3@6  -1
    p_g4@5    Obj       25.89
    p_g4@5    bal_b2@5  1
    p_g4@5    ramp_g4@5  1
    p_g4@5    ramp_g4@6  -1
    p_g5@5    Obj       76.68
    p_g5@5    bal_b2@5  1
    p_g5@5    ramp_g5@5  1
    p_g5@5    ramp_g5@6  -1
    p_g6@5    Obj       17.76
    p_g6@5    bal_b3@5  1
    p_g7@5    Obj       21.95
    p_g7@5    bal_b3@5  1
    p_g7@5    ramp_g7@5  1
    p_g7@5    ramp_g7@6  -1
    p_g8@5    Obj       44.12
    p_g8@5    bal_b4@5  1
    p_g8@5    ramp_g8@5  1
    p_g8@5    ramp_g8@6  -1
    p_g9@5    Obj       60.4
    p_g9@5    bal_b4@5  1
    p_g9@5    ramp_g9@5  1
    p_g9@5    mustrun@5  1
    p_g9@5    ramp_g9@6  -1
    p_g10@5   Obj       57.07
    p_g10@5   bal_b5@5  1
    p_g10@5   ramp_g10@5  1
    p_g10@5   mustrun@5  1
    p_g10@5   ramp_g10@6  -1
    p_g11@5   Obj       39.72
    p_g11@5   bal_b5@5  1
    imp@5     Obj       46.85
    imp@5     bal_b5@5  1
    f_l0@5    bal_b0@5  -1
    f_l0@5    bal_b1@5  1
    f_l1@5    bal_b1@5  -1
    f_l1@5    bal_b2@5  1
    f_l2@5    bal_b1@5  -1
    f_l2@5    bal_b3@5  1
    f_l3@5    bal_b3@5  -1
    f_l3@5    bal_b4@5  1
    f_l4@5    bal_b2@5  -1
    f_l4@5    bal_b5@5  1
    f_l5@5    bal_b0@5  -1
    f_l5@5    bal_b3@5  1
    f_l6@5    bal_b0@5  -1
    f_l6@5    bal_b1@5  1
    ch_s0@5   bal_b4@5  -1
    ch_s0@5   soc_s0@5  -0.9243
    dis_s0@5  Obj       0.1
    dis_s0@5  bal_b4@5  1
    dis_s0@5  soc_s0@5  1.0699
    soc_s0@5  soc_s0@5  1
    soc_s0@5  soc_s0@6  -0.9988
    ch_s1@5   bal_b5@5  -1
    ch_s1@5   soc_s1@5  -0.9141
    dis_s1@5  Obj       0.1
    dis_s1@5  bal_b5@5  1
    dis_s1@5  soc_s1@5  1.0893
    soc_s1@5  soc_s1@5  1
    soc_s1@5  soc_s1@6  -0.9982
    ch_s2@5   bal_b3@5  -1
    ch_s2@5   soc_s2@5  -0.8892
    dis_s2@5  Obj       0.1
    dis_s2@5  bal_b3@5  1
    dis_s2@5  soc_s2@5  1.1057
    soc_s2@5  soc_s2@5  1
    soc_s2@5  soc_s2@6  -0.9971
    shed_b0@5  Obj       10000
    shed_b0@5  bal_b0@5  1
    shed_b1@5  Obj       10000
    shed_b1@5  bal_b1@5  1
    shed_b2@5  Obj       10000
    shed_b2@5  bal_b2@5  1
    shed_b3@5  Obj       10000
    shed_b3@5  bal_b3@5  1
    shed_b4@5  Obj       10000
    shed_b4@5  bal_b4@5  1
    shed_b5@5  Obj       10000
    shed_b5@5  bal_b5@5  1
    p_g0@6    Obj       15.54
    p_g0@6    bal_b0@6  1
    p_g0@6    ramp_g0@6  1
    p_g0@6    reserve@6  1
    p_g0@6    ramp_g0@7  -1
    p_g1@6    Obj       23.55
    p_g1@6    bal_b0@6  1
    p_g2@6    Obj       78.18
    p_g2@6    bal_b1@6  1
    p_g2@6    ramp_g2@6  1
    p_g2@6    reserve@6  1
    p_g2@6    ramp_g2@7  -1
    p_g3@6    Obj       16.25
    p_g3@6    bal_b1@6  1
    p_g3@6    ramp_g3@6  1
    p_g3@6    reserve@6  1
    p_g3@6    ramp_g3@7  -1
    p_g4@6    Obj       25.89
    p_g4@6    bal_b2@6  1
    p_g4@6    ramp_g4@6  1
    p_g4@6    ramp_g4@7  -1
    p_g5@6    Obj       76.68
    p_g5@6    bal_b2@6  1
    p_g5@6    ramp_g5@6  1
    p_g5@6    ramp_g5@7  -1
    p_g6@6    Obj       17.76
    p_g6@6    bal_b3@6  1
    p_g7@6    Obj       21.95
    p_g7@6    bal_b3@6  1
    p_g7@6    ramp_g7@6  1
    p_g7@6    ramp_g7@7  -1
    p_g8@6    Obj       44.12
    p_g8@6    bal_b4@6  1
    p_g8@6    ramp_g8@6  1
    p_g8@6    ramp_g8@7  -1
    p_g9@6    Obj       60.4
    p_g9@6    bal_b4@6  1
    p_g9@6    ramp_g9@6  1
    p_g9@6    mustrun@6  1
    p_g9@6    ramp_g9@7  -1
    p_g10@6   Obj       57.07
    p_g10@6   bal_b5@6  1
    p_g10@6   ramp_g10@6  1
    p_g10@6   mustrun@6  1
    p_g10@6   ramp_g10@7  -1
    p_g11@6   Obj       39.72
    p_g11@6   bal_b5@6  1
    imp@6     Obj       46.85
    imp@6     bal_b5@6  1
    f_l0@6    bal_b0@6  -1
    f_l0@6    bal_b1@6  1
    f_l1@6    bal_b1@6  -1
    f_l1@6    bal_b2@6  1
    f_l2@6    bal_b1@6  -1
    f_l2@6    bal_b3@6  1
    f_l3@6    bal_b3@6  -1
    f_l3@6    bal_b4@6  1
    f_l4@6    bal_b2@6  -1
    f_l4@6    bal_b5@6  1
    f_l5@6    bal_b0@6  -1
    f_l5@6    bal_b3@6  1
    f_l6@6    bal_b0@6  -1
    f_l6@6    bal_b1@6  1
    ch_s0@6   bal_b4@6  -1
    ch_s0@6   soc_s0@6  -0.9243
    dis_s0@6  Obj       0.1
    dis_s0@6  bal_b4@6  1
    dis_s0@6  soc_s0@6  1.0699
    soc_s0@6  soc_s0@6  1
    soc_s0@6  soc_s0@7  -0.9988
    ch_s1@6   bal_b5@6  -1
    ch_s1@6   soc_s1@6  -0.9141
    dis_s1@6  Obj       0.1
    dis_s1@6  bal_b5@6  1
    dis_s1@6  soc_s1@6  1.0893
    soc_s1@6  soc_s1@6  1
    soc_s1@6  soc_s1@7  -0.9982
    ch_s2@6   bal_b3@6  -1
    ch_s2@6   soc_s2@6  -0.8892
    dis_s2@6  Obj       0.1
    dis_s2@6  bal_b3@6  1
    dis_s2@6  soc_s2@6  1.1057
    soc_s2@6  soc_s2@6  1
    soc_s2@6  soc_s2@7  -0.9971
    shed_b0@6  Obj       10000
    shed_b0@6  bal_b0@6  1
    shed_b1@6  Obj       10000
    shed_b1@6  bal_b1@6  1
    shed_b2@6  Obj       10000
    shed_b2@6  bal_b2@6  1
    shed_b3@6  Obj       10000
    shed_b3@6  bal_b3@6  1
    shed_b4@6  Obj       10000
    shed_b4@6  bal_b4@6  1
    shed_b5@6  Obj       10000
    shed_b5@6  bal_b5@6  1
    p_g0@7    Obj       15.54
    p_g0@7    bal_b0@7  1
    p_g0@7    ramp_g0@7  1
    p_g0@7    reserve@7  1
    p_g0@7    ramp_g0@8  -1
    p_g1@7    Obj       23.55
    p_g1@7    bal_b0@7  1
    p_g2@7    Obj       78.18
    p_g2@7    bal_b1@7  1
    p_g2@7    ramp_g2@7  1
    p_g2@7    reserve@7  1
    p_g2@7    ramp_g2@8  -1
    p_g3@7    Obj       16.25
    p_g3@7    bal_b1@7  1
    p_g3@7    ramp_g3@7  1
    p_g3@7    reserve@7  1
    p_g3@7    ramp_g3@8  -1
    p_g4@7    Obj       25.89
    p_g4@7    bal_b2@7  1
    p_g4@7    ramp_g4@7  1
    p_g4@7    ramp_g4@8  -1
    p_g5@7    Obj       76.68
    p_g5@7    bal_b2@7  1
    p_g5@7    ramp_g5@7  1
    p_g5@7    ramp_g5@8  -1
    p_g6@7    Obj       17.76
    p_g6@7    bal_b3@7  1
    p_g7@7    Obj       21.95
    p_g7@7    bal_b3@7  1
    p_g7@7    ramp_g7@7  1
    p_g7@7    ramp_g7@8  -1
    p_g8@7    Obj       44.12
    p_g8@7    bal_b4@7  1
    p_g8@7    ramp_g8@7  1
    p_g8@7    ramp_g8@8  -1
    p_g9@7    Obj       60.4
    p_g9@7    bal_b4@7  1
    p_g9@7    ramp_g9@7  1
    p_g9@7    mustrun@7  1
    p_g9@7    ramp_g9@8  -1
    p_g10@7   Obj       57.07
    p_g10@7   bal_b5@7  1
    p_g10@7   ramp_g10@7  1
    p_g10@7   mustrun@7  1
    p_g10@7   ramp_g10@8  -1
    p_g11@7   Obj       39.72
    p_g11@7   bal_b5@7  1
    imp@7     Obj       46.85
    imp@7     bal_b5@7  1
    f_l0@7    bal_b0@7  -1
    f_l0@7    bal_b1@7  1
    f_l1@7    bal_b1@7  -1
    f_l1@7    bal_b2@7  1
    f_l2@7    bal_b1@7  -1
    f_l2@7    bal_b3@7  1
    f_l3@7    bal_b3@7  -1
    f_l3@7    bal_b4@7  1
    f_l4@7    bal_b2@7  -1
    f_l4@7    bal_b5@7  1
    f_l5@7    bal_b0@7  -1
    f_l5@7    bal_b3@7  1
    f_l6@7    bal_b0@7  -1
    f_l6@7    bal_b1@7  1
    ch_s0@7   bal_b4@7  -1
    ch_s0@7   soc_s0@7  -0.9243
    dis_s0@7  Obj       0.1
    dis_s0@7  bal_b4@7  1
    dis_s0@7  soc_s0@7  1.0699
    soc_s0@7  soc_s0@7  1
    soc_s0@7  soc_s0@8  -0.9988
    ch_s1@7   bal_b5@7  -1
    ch_s1@7   soc_s1@7  -0.9141
    dis_s1@7  Obj       0.1
    dis_s1@7  bal_b5@7  1
    dis_s1@7  soc_s1@7  1.0893
    soc_s1@7  soc_s1@7  1
    soc_s1@7  soc_s1@8  -0.9982
    ch_s2@7   bal_b3@7  -1
    ch_s2@7   soc_s2@7  -0.8892
    dis_s2@7  Obj       0.1
    dis_s2@7  bal_b3@7  1
    dis_s2@7  soc_s2@7  1.1057
    soc_s2@7  soc_s2@7  1
    soc_s2@7  soc_s2@8  -0.9971
    shed_b0@7  Obj       10000
    shed_b0@7  bal_b0@7  1
    shed_b1@7  Obj       10000
    shed_b1@7  bal_b1@7  1
    shed_b2@7  Obj       10000
    shed_b2@7  bal_b2@7  1
    shed_b3@7  Obj       10000
    shed_b3@7  bal_b3@7  1
    shed_b4@7  Obj       10000
    shed_b4@7  bal_b4@7  1
    shed_b5@7  Obj       10000
    shed_b5@7  bal_b5@7  1
    p_g0@8    Obj       15.54
    p_g0@8    bal_b0@8  1
    p_g0@8    ramp_g0@8  1
    p_g0@8    reserve@8  1
    p_g0@8    ramp_g0@9  -1
    p_g1@8    Obj       23.55
    p_g1@8    bal_b0@8  1
    p_g2@8    Obj       78.18
    p_g2@8    bal_b1@8  1
    p_g2@8    ramp_g2@8  1
    p_g2@8    reserve@8  1
    p_g2@8    ramp_g2@9  -1
    p_g3@8    Obj       16.25
    p_g3@8    bal_b1@8  1
    p_g3@8    ramp_g3@8  1
    p_g3@8    reserve@8  1
    p_g3@8    ramp_g3@9  -1
    p_g4@8    Obj       25.89
    p_g4@8    bal_b2@8  1
    p_g4@8    ramp_g4@8  1
    p_g4@8    ramp_g4@9  -1
    p_g5@8    Obj       76.68
    p_g5@8    bal_b2@8  1
    p_g5@8    ramp_g5@8  1
    p_g5@8    ramp_g5@9  -1
    p_g6@8    Obj       17.76
    p_g6@8    bal_b3@8  1
    p_g7@8    Obj       21.95
    p_g7@8    bal_b3@8  1
    p_g7@8    ramp_g7@8  1
    p_g7@8    ramp_g7@9  -1
    p_g8@8    Obj       44.12
    p_g8@8    bal_b4@8  1
    p_g8@8    ramp_g8@8  1
    p_g8@8    ramp_g8@9  -1
    p_g9@8    Obj       60.4
    p_g9@8    bal_b4@8  1
    p_g9@8    ramp_g9@8  1
    p_g9@8    mustrun@8  1
    p_g9@8    ramp_g9@9  -1
    p_g10@8   Obj       57.07
    p_g10@8   bal_b5@8  1
    p_g10@8   ramp_g10@8  1
    p_g10@8   mustrun@8  1
    p_g10@8   ramp_g10@9  -1
    p_g11@8   Obj       39.72
    p_g11@8   bal_b5@8  1
    imp@8     Obj       46.85
    imp@8     bal_b5@8  1
    f_l0@8    bal_b0@8  -1
    f_l0@8    bal_b1@8  1
    f_l1@8    bal_b1@8  -1
    f_l1@8    bal_b2@8  1
    f_l2@8    bal_b1@8  -1
    f_l2@8    bal_b3@8  1
    f_l3@8    bal_b3@8  -1
    f_l3@8    bal_b4@8  1
    f_l4@8    bal_b2@8  -1
    f_l4@8    bal_b5@8  1
    f_l5@8    bal_b0@8  -1
    f_l5@8    bal_b3@8  1
    f_l6@8    bal_b0@8  -1
    f_l6@8    bal_b1@8  1
    ch_s0@8   bal_b4@8  -1
    ch_s0@8   soc_s0@8  -0.9243
    dis_s0@8  Obj       0.1
    dis_s0@8  bal_b4@8  1
    dis_s0@8  soc_s0@8  1.0699
    soc_s0@8  soc_s0@8  1
    soc_s0@8  soc_s0@9  -0.9988
    ch_s1@8   bal_b5@8  -1
    ch_s1@8   soc_s1@8  -0.9141
    dis_s1@8  Obj       0.1
    dis_s1@8  bal_b5@8  1
    dis_s1@8  soc_s1@8  1.0893
    soc_s1@8  soc_s1@8  1
    soc_s1@8  soc_s1@9  -0.9982
    ch_s2@8   bal_b3@8  -1
    ch_s2@8   soc_s2@8  -0.8892
    dis_s2@8  Obj       0.1
    dis_s2@8  bal_b3@8  1
    dis_s2@8  soc_s2@8  1.1057
    soc_s2@8  soc_s2@8  1
    soc_s2@8  soc_s2@9  -0.9971
    shed_b0@8  Obj       10000
    shed_b0@8  bal_b0@8  1
    shed_b1@8  Obj       10000
    shed_b1@8  bal_b1@8  1
    shed_b2@8  Obj       10000
    shed_b2@8  bal_b2@8  1
    shed_b3@8  Obj       10000
    shed_b3@8  bal_b3@8  1
    shed_b4@8  Obj       10000
    shed_b4@8  bal_b4@8  1
    shed_b5@8  Obj       10000
    shed_b5@8  bal_b5@8  1
    p_g0@9    Obj       15.54
    p_g0@9    bal_b0@9  1
    p_g0@9    ramp_g0@9  1
    p_g0@9    reserve@9  1
    p_g0@9    ramp_g0@10  -1
    p_g1@9    Obj       23.55
    p_g1@9    bal_b0@9  1
    p_g2@9    Obj       78.18
    p_g2@9    bal_b1@9  1
    p_g2@9    ramp_g2@9  1
    p_g2@9    reserve@9  1
    p_g2@9    ramp_g2@10  -1
    p_g3@9    Obj       16.25
    p_g3@9    bal_b1@9  1
    p_g3@9    ramp_g3@9  1
    p_g3@9    reserve@9  1
    p_g3@9    ramp_g3@10  -1
    p_g4@9    Obj       25.89
    p_g4@9    bal_b2@9  1
    p_g4@9    ramp_g4@9  1
    p_g4@9    ramp_g4@10  -1
    p_g5@9    Obj       76.68
    p_g5@9    bal_b2@9  1
    p_g5@9    ramp_g5@9  1
    p_g5@9    ramp_g5@10  -1
    p_g6@9    Obj       17.76
    p_g6@9    bal_b3@9  1
    p_g7@9    Obj       21.95
    p_g7@9    bal_b3@9  1
    p_g7@9    ramp_g7@9  1
    p_g7@9    ramp_g7@10  -1
    p_g8@9    Obj       44.12
    p_g8@9    bal_b4@9  1
    p_g8@9    ramp_g8@9  1
    p_g8@9    ramp_g8@10  -1
    p_g9@9    Obj       60.4
    p_g9@9    bal_b4@9  1
    p_g9@9    ramp_g9@9  1
    p_g9@9    mustrun@9  1
    p_g9@9    ramp_g9@10  -1
    p_g10@9   Obj       57.07
    p_g10@9   bal_b5@9  1
    p_g10@9   ramp_g10@9  1
    p_g10@9   mustrun@9  1
    p_g10@9   ramp_g10@10  -1
    p_g11@9   Obj       39.72
    p_g11@9   bal_b5@9  1
    imp@9     Obj       46.85
    imp@9     bal_b5@9  1
    f_l0@9    bal_b0@9  -1
    f_l0@9    bal_b1@9  1
    f_l1@9    bal_b1@9  -1
    f_l1@9    bal_b2@9  1
    f_l2@9    bal_b1@9  -1
    f_l2@9    bal_b3@9  1
    f_l3@9    bal_b3@9  -1
    f_l3@9    bal_b4@9  1
    f_l4@9    bal_b2@9  -1
    f_l4@9    bal_b5@9  1
    f_l5@9    bal_b0@9  -1
    f_l5@9    bal_b3@9  1
    f_l6@9    bal_b0@9  -1
    f_l6@9    bal_b1@9  1
    ch_s0@9   bal_b4@9  -1
    ch_s0@9   soc_s0@9  -0.9243
    dis_s0@9  Obj       0.1
    dis_s0@9  bal_b4@9  1
    dis_s0@9  soc_s0@9  1.0699
    soc_s0@9  soc_s0@9  1
    soc_s0@9  soc_s0@10  -0.9988
    ch_s1@9   bal_b5@9  -1
    ch_s1@9   soc_s1@9  -0.9141
    dis_s1@9  Obj       0.1
    dis_s1@9  bal_b5@9  1
    dis_s1@9  soc_s1@9  1.0893
    soc_s1@9  soc_s1@9  1
    soc_s1@9  soc_s1@10  -0.9982
    ch_s2@9   bal_b3@9  -1
    ch_s2@9   soc_s2@9  -0.8892
    dis_s2@9  Obj       0.1
    dis_s2@9  bal_b3@9  1
    dis_s2@9  soc_s2@9  1.1057
    soc_s2@9  soc_s2@9  1
    soc_s2@9  soc_s2@10  -0.9971
    shed_b0@9  Obj       10000
    shed_b0@9  bal_b0@9  1
    shed_b1@9  Obj       10000
    shed_b1@9  bal_b1@9  1
    shed_b2@9  Obj       10000
    shed_b2@9  bal_b2@9  1
    shed_b3@9  Obj       10000
    shed_b3@9  bal_b3@9  1
    shed_b4@9  Obj       10000
    shed_b4@9  bal_b4@9  1
    shed_b5@9  Obj       10000
    shed_b5@9  bal_b5@9  1
    p_g0@10   Obj       15.54
    p_g0@10   bal_b0@10  1
    p_g0@10   ramp_g0@10  1
    p_g0@10   reserve@10  1
    p_g0@10   ramp_g0@11  -1
    p_g1@10   Obj       23.55
    p_g1@10   bal_b0@10  1
    p_g2@10   Obj       78.18
    p_g2@10   bal_b1@10  1
    p_g2@10   ramp_g2@10  1
    p_g2@10   reserve@10  1
    p_g2@10   ramp_g2@11  -1
    p_g3@10   Obj       16.25
    p_g3@10   bal_b1@10  1
    p_g3@10   ramp_g3@10  1
    p_g3@10   reserve@10  1
    p_g3@10   ramp_g3@11  -1
    p_g4@10   Obj       25.89
    p_g4@10   bal_b2@10  1
    p_g4@10   ramp_g4@10  1
    p_g4@10   ramp_g4@11  -1
    p_g5@10   Obj       76.68
    p_g5@10   bal_b2@10  1
    p_g5@10   ramp_g5@10  1
    p_g5@10   ramp_g5@11  -1
    p_g6@10   Obj       17.76
    p_g6@10   bal_b3@10  1
    p_g7@10   Obj       21.95
    p_g7@10   bal_b3@10  1
    p_g7@10   ramp_g7@10  1
    p_g7@10   ramp_g7@11  -1
    p_g8@10   Obj       44.12
    p_g8@10   bal_b4@10  1
    p_g8@10   ramp_g8@10  1
    p_g8@10   ramp_g8@11  -1
    p_g9@10   Obj       60.4
    p_g9@10   bal_b4@10  1
    p_g9@10   ramp_g9@10  1
    p_g9@10   mustrun@10  1
    p_g9@10   ramp_g9@11  -1
    p_g10@10  Obj       57.07
    p_g10@10  bal_b5@10  1
    p_g10@10  ramp_g10@10  1
    p_g10@10  mustrun@10  1
    p_g10@10  ramp_g10@11  -1
    p_g11@10  Obj       39.72
    p_g11@10  bal_b5@10  1
    imp@10    Obj       46.85
    imp@10    bal_b5@10  1
    f_l0@10   bal_b0@10  -1
    f_l0@10   bal_b1@10  1
    f_l1@10   bal_b1@10  -1
    f_l1@10   bal_b2@10  1
    f_l2@10   bal_b1@10  -1
    f_l2@10   bal_b3@10  1
    f_l3@10   bal_b3@10  -1
    f_l3@10   bal_b4@10  1
    f_l4@10   bal_b2@10  -1
    f_l4@10   bal_b5@10  1
    f_l5@10   bal_b0@10  -1
    f_l5@10   bal_b3@10  1
    f_l6@10   bal_b0@10  -1
    f_l6@10   bal_b1@10  1
    ch_s0@10  bal_b4@10  -1
    ch_s0@10  soc_s0@10  -0.9243
    dis_s0@10  Obj       0.1
    dis_s0@10  bal_b4@10  1
    dis_s0@10  soc_s0@10  1.0699
    soc_s0@10  soc_s0@10  1
    soc_s0@10  soc_s0@11  -0.9988
    ch_s1@10  bal_b5@10  -1
    ch_s1@10  soc_s1@10  -0.9141
    dis_s1@10  Obj       0.1
    dis_s1@10  bal_b5@10  1
    dis_s1@10  soc_s1@10  1.0893
    soc_s1@10  soc_s1@10  1
    soc_s1@10  soc_s1@11  -0.9982
    ch_s2@10  bal_b3@10  -1
    ch_s2@10  soc_s2@10  -0.8892
    dis_s2@10  Obj       0.1
    dis_s2@10  bal_b3@10  1
    dis_s2@10  soc_s2@10  1.1057
    soc_s2@10  soc_s2@10  1
    soc_s2@10  soc_s2@11  -0.9971
    shed_b0@10  Obj       10000
    shed_b0@10  bal_b0@10  1
    shed_b1@10  Obj       10000
    shed_b1@10  bal_b1@10  1
    shed_b2@10  Obj       10000
    shed_b2@10  bal_b2@10  1
    shed_b3@10  Obj       10000
    shed_b3@10  bal_b3@10  1
    shed_b4@10  Obj       10000
    shed_b4@10  bal_b4@10  1
    shed_b5@10  Obj       10000
    shed_b5@10  bal_b5@10  1
    p_g0@11   Obj       15.54
    p_g0@11   bal_b0@11  1
    p_g0@11   ramp_g0@11  1
    p_g0@11   reserve@11  1
    p_g0@11   ramp_g0@12  -1
    p_g1@11   Obj       23.55
    p_g1@11   bal_b0@11  1
    p_g2@11   Obj       78.18
    p_g2@11   bal_b1@11  1
    p_g2@11   ramp_g2@11  1
    p_g2@11   reserve@11  1
    p_g2@11   ramp_g2@12  -1
    p_g3@11   Obj       16.25
    p_g3@11   bal_b1@11  1
    p_g3@11   ramp_g3@11  1
    p_g3@11   reserve@11  1
    p_g3@11   ramp_g3@12  -1
    p_g4@11   Obj       25.89
    p_g4@11   bal_b2@11  1
    p_g4@11   ramp_g4@11  1
    p_g4@11   ramp_g4@12  -1
    p_g5@11   Obj       76.68
    p_g5@11   bal_b2@11  1
    p_g5@11   ramp_g5@11  1
    p_g5@11   ramp_g5@12  -1
    p_g6@11   Obj       17.76
    p_g6@11   bal_b3@11  1
    p_g7@11   Obj       21.95
    p_g7@11   bal_b3@11  1
    p_g7@11   ramp_g7@11  1
    p_g7@11   ramp_g7@12  -1
    p_g8@11   Obj       44.12
    p_g8@11   bal_b4@11  1
    p_g8@11   ramp_g8@11  1
    p_g8@11   ramp_g8@12  -1
    p_g9@11   Obj       60.4
    p_g9@11   bal_b4@11  1
    p_g9@11   ramp_g9@11  1
    p_g9@11   mustrun@11  1
    p_g9@11   ramp_g9@12  -1
    p_g10@11  Obj       57.07
    p_g10@11  bal_b5@11  1
    p_g10@11  ramp_g10@11  1
    p_g10@11  mustrun@11  1
    p_g10@11  ramp_g10@12  -1
    p_g11@11  Obj       39.72
    p_g11@11  bal_b5@11  1
    imp@11    Obj       46.85
    imp@11    bal_b5@11  1
    f_l0@11   bal_b0@11  -1
    f_l0@11   bal_b1@11  1
    f_l1@11   bal_b1@11  -1
    f_l1@11   bal_b2@11  1
    f_l2@11   bal_b1@11  -1
    f_l2@11   bal_b3@11  1
    f_l3@11   bal_b3@11  -1
    f_l3@11   bal_b4@11  1
    f_l4@11   bal_b2@11  -1
    f_l4@11   bal_b5@11  1
    f_l5@11   bal_b0@11  -1
    f_l5@11   bal_b3@11  1
    f_l6@11   bal_b0@11  -1
    f_l6@11   bal_b1@11  1
    ch_s0@11  bal_b4@11  -1
    ch_s0@11  soc_s0@11  -0.9243
    dis_s0@11  Obj       0.1
    dis_s0@11  bal_b4@11  1
    dis_s0@11  soc_s0@11  1.0699
    soc_s0@11  soc_s0@11  1
    soc_s0@11  soc_s0@12  -0.9988
    ch_s1@11  bal_b5@11  -1
    ch_s1@11  soc_s1@11  -0.9141
    dis_s1@11  Obj       0.1
    dis_s1@11  bal_b5@11  1
    dis_s1@11  soc_s1@11  1.0893
    soc_s1@11  soc_s1@11  1
    soc_s1@11  soc_s1@12  -0.9982
    ch_s2@11  bal_b3@11  -1
    ch_s2@11  soc_s2@11  -0.8892
    dis_s2@11  Obj       0.1
    dis_s2@11  bal_b3@11  1
    dis_s2@11  soc_s2@11  1.1057
    soc_s2@11  soc_s2@11  1
    soc_s2@11  soc_s2@12  -0.9971
    shed_b0@11  Obj       10000
    shed_b0@11  bal_b0@11  1
    shed_b1@11  Obj       10000
    shed_b1@11  bal_b1@11  1
    shed_b2@11  Obj       10000
    shed_b2@11  bal_b2@11  1
    shed_b3@11  Obj       10000
    shed_b3@11  bal_b3@11  1
    shed_b4@11  Obj       10000
    shed_b4@11  bal_b4@11  1
    shed_b5@11  Obj       10000
    shed_b5@11  bal_b5@11  1
    p_g0@12   Obj       15.54
    p_g0@12   bal_b0@12  1
    p_g0@12   ramp_g0@12  1
    p_g0@12   reserve@12  1
    p_g0@12   ramp_g0@13  -1
    p_g1@12   Obj       23.55
    p_g1@12   bal_b0@12  1
    p_g2@12   Obj       78.18
    p_g2@12   bal_b1@12  1
    p_g2@12   ramp_g2@12  1
    p_g2@12   reserve@12  1
    p_g2@12   ramp_g2@13  -1
    p_g3@12   Obj       16.25
    p_g3@12   bal_b1@12  1
    p_g3@12   ramp_g3@12  1
    p_g3@12   reserve@12  1
    p_g3@12   ramp_g3@13  -1
    p_g4@12   Obj       25.89
    p_g4@12   bal_b2@12  1
    p_g4@12   ramp_g4@12  1
    p_g4@12   ramp_g4@13  -1
    p_g5@12   Obj       76.68
    p_g5@12   bal_b2@12  1
    p_g5@12   ramp_g5@12  1
    p_g5@12   ramp_g5@13  -1
    p_g6@12   Obj       17.76
    p_g6@12   bal_b3@12  1
    p_g7@12   Obj       21.95
    p_g7@12   bal_b3@12  1
    p_g7@12   ramp_g7@12  1
    p_g7@12   ramp_g7@13  -1
    p_g8@12   Obj       44.12
    p_g8@12   bal_b4@12  1
    p_g8@12   ramp_g8@12  1
    p_g8@12   ramp_g8@13  -1
    p_g9@12   Obj       60.4
    p_g9@12   bal_b4@12  1
    p_g9@12   ramp_g9@12  1
    p_g9@12   mustrun@12  1
    p_g9@12   ramp_g9@13  -1
    p_g10@12  Obj       57.07
    p_g10@12  bal_b5@12  1
    p_g10@12  ramp_g10@12  1
    p_g10@12  mustrun@12  1
    p_g10@12  ramp_g10@13  -1
    p_g11@12  Obj       39.72
    p_g11@12  bal_b5@12  1
    imp@12    Obj       46.85
    imp@12    bal_b5@12  1
    f_l0@12   bal_b0@12  -1
    f_l0@12   bal_b1@12  1
    f_l1@12   bal_b1@12  -1
    f_l1@12   bal_b2@12  1
    f_l2@12   bal_b1@12  -1
    f_l2@12   bal_b3@12  1
    f_l3@12   bal_b3@12  -1
    f_l3@12   bal_b4@12  1
    f_l4@12   bal_b2@12  -1
    f_l4@12   bal_b5@12  1
    f_l5@12   bal_b0@12  -1
    f_l5@12   bal_b3@12  1
    f_l6@12   bal_b0@12  -1
    f_l6@12   bal_b1@12  1
    ch_s0@12  bal_b4@12  -1
    ch_s0@12  soc_s0@12  -0.9243
    dis_s0@12  Obj       0.1
    dis_s0@12  bal_b4@12  1
    dis_s0@12  soc_s0@12  1.0699
    soc_s0@12  soc_s0@12  1
    soc_s0@12  soc_s0@13  -0.9988
    ch_s1@12  bal_b5@12  -1
    ch_s1@12  soc_s1@12  -0.9141
    dis_s1@12  Obj       0.1
    dis_s1@12  bal_b5@12  1
    dis_s1@12  soc_s1@12  1.0893
    soc_s1@12  soc_s1@12  1
    soc_s1@12  soc_s1@13  -0.9982
    ch_s2@12  bal_b3@12  -1
    ch_s2@12  soc_s2@12  -0.8892
    dis_s2@12  Obj       0.1
    dis_s2@12  bal_b3@12  1
    dis_s2@12  soc_s2@12  1.1057
    soc_s2@12  soc_s2@12  1
    soc_s2@12  soc_s2@13  -0.9971
    shed_b0@12  Obj       10000
    shed_b0@12  bal_b0@12  1
    shed_b1@12  Obj       10000
    shed_b1@12  bal_b1@12  1
    shed_b2@12  Obj       10000
    shed_b2@12  bal_b2@12  1
    shed_b3@12  Obj       10000
    shed_b3@12  bal_b3@12  1
    shed_b4@12  Obj       10000
    shed_b4@12  bal_b4@12  1
    shed_b5@12  Obj       10000
    shed_b5@12  bal_b5@12  1
    p_g0@13   Obj       15.54
    p_g0@13   bal_b0@13  1
    p_g0@13   ramp_g0@13  1
    p_g0@13   reserve@13  1
    p_g0@13   ramp_g0@14  -1
    p_g1@13   Obj       23.55
    p_g1@13   bal_b0@13  1
    p_g2@13   Obj       78.18
    p_g2@13   bal_b1@13  1
    p_g2@13   ramp_g2@13  1
    p_g2@13   reserve@13  1
    p_g2@13   ramp_g2@14  -1
    p_g3@13   Obj       16.25
    p_g3@13   bal_b1@13  1
    p_g3@13   ramp_g3@13  1
    p_g3@13   reserve@13  1
    p_g3@13   ramp_g3@14  -1
    p_g4@13   Obj       25.89
    p_g4@13   bal_b2@13  1
    p_g4@13   ramp_g4@13  1
    p_g4@13   ramp_g4@14  -1
    p_g5@13   Obj       76.68
    p_g5@13   bal_b2@13  1
    p_g5@13   ramp_g5@13  1
    p_g5@13   ramp_g5@14  -1
    p_g6@13   Obj       17.76
    p_g6@13   bal_b3@13  1
    p_g7@13   Obj       21.95
    p_g7@13   bal_b3@13  1
    p_g7@13   ramp_g7@13  1
    p_g7@13   ramp_g7@14  -1
    p_g8@13   Obj       44.12
    p_g8@13   bal_b4@13  1
    p_g8@13   ramp_g8@13  1
    p_g8@13   ramp_g8@14  -1
    p_g9@13   Obj       60.4
    p_g9@13   bal_b4@13  1
    p_g9@13   ramp_g9@13  1
    p_g9@13   mustrun@13  1
    p_g9@13   ramp_g9@14  -1
    p_g10@13  Obj       57.07
    p_g10@13  bal_b5@13  1
    p_g10@13  ramp_g10@13  1
    p_g10@13  mustrun@13  1
    p_g10@13  ramp_g10@14  -1
    p_g11@13  Obj       39.72
    p_g11@13  bal_b5@13  1
    imp@13    Obj       46.85
    imp@13    bal_b5@13  1
    f_l0@13   bal_b0@13  -1
    f_l0@13   bal_b1@13  1
    f_l1@13   bal_b1@13  -1
    f_l1@13   bal_b2@13  1
    f_l2@13   bal_b1@13  -1
    f_l2@13   bal_b3@13  1
    f_l3@13   bal_b3@13  -1
    f_l3@13   bal_b4@13  1
    f_l4@13   bal_b2@13  -1
    f_l4@13   bal_b5@13  1
    f_l5@13   bal_b0@13  -1
    f_l5@13   bal_b3@13  1
    f_l6@13   bal_b0@13  -1
    f_l6@13   bal_b1@13  1
    ch_s0@13  bal_b4@13  -1
    ch_s0@13  soc_s0@13  -0.9243
    dis_s0@13  Obj       0.1
    dis_s0@13  bal_b4@13  1
    dis_s0@13  soc_s0@13  1.0699
    soc_s0@13  soc_s0@13  1
    soc_s0@13  soc_s0@14  -0.9988
    ch_s1@13  bal_b5@13  -1
    ch_s1@13  soc_s1@13  -0.9141
    dis_s1@13  Obj       0.1
    dis_s1@13  bal_b5@13  1
    dis_s1@13  soc_s1@13  1.0893
    soc_s1@13  soc_s1@13  1
    soc_s1@13  soc_s1@14  -0.9982
    ch_s2@13  bal_b3@13  -1
    ch_s2@13  soc_s2@13  -0.8892
    dis_s2@13  Obj       0.1
    dis_s2@13  bal_b3@13  1
    dis_s2@13  soc_s2@13  1.1057
    soc_s2@13  soc_s2@13  1
    soc_s2@13  soc_s2@14  -0.9971
    shed_b0@13  Obj       10000
    shed_b0@13  bal_b0@13  1
    shed_b1@13  Obj       10000
    shed_b1@13  bal_b1@13  1
    shed_b2@13  Obj       10000
    shed_b2@13  bal_b2@13  1
    shed_b3@13  Obj       10000
    shed_b3@13  bal_b3@13  1
    shed_b4@13  Obj       10000
    shed_b4@13  bal_b4@13  1
    shed_b5@13  Obj       10000
    shed_b5@13  bal_b5@13  1
    p_g0@14   Obj       15.54
    p_g0@14   bal_b0@14  1
    p_g0@14   ramp_g0@14  1
    p_g0@14   reserve@14  1
    p_g0@14   ramp_g0@15  -1
    p_g1@14   Obj       23.55
    p_g1@14   bal_b0@14  1
    p_g2@14   Obj       78.18
    p_g2@14   bal_b1@14  1
    p_g2@14   ramp_g2@14  1
    p_g2@14   reserve@14  1
    p_g2@14   ramp_g2@15  -1
    p_g3@14   Obj       16.25
    p_g3@14   bal_b1@14  1
    p_g3@14   ramp_g3@14  1
    p_g3@14   reserve@14  1
    p_g3@14   ramp_g3@15  -1
    p_g4@14   Obj       25.89
    p_g4@14   bal_b2@14  1
    p_g4@14   ramp_g4@14  1
    p_g4@14   ramp_g4@15  -1
    p_g5@14   Obj       76.68
    p_g5@14   bal_b2@14  1
    p_g5@14   ramp_g5@14  1
    p_g5@14   ramp_g5@15  -1
    p_g6@14   Obj       17.76
    p_g6@14   bal_b3@14  1
    p_g7@14   Obj       21.95
    p_g7@14   bal_b3@14  1
    p_g7@14   ramp_g7@14  1
    p_g7@14   ramp_g7@15  -1
    p_g8@14   Obj       44.12
    p_g8@14   bal_b4@14  1
    p_g8@14   ramp_g8@14  1
    p_g8@14   ramp_g8@15  -1
    p_g9@14   Obj       60.4
    p_g9@14   bal_b4@14  1
    p_g9@14   ramp_g9@14  1
    p_g9@14   mustrun@14  1
    p_g9@14   ramp_g9@15  -1
    p_g10@14  Obj       57.07
    p_g10@14  bal_b5@14  1
    p_g10@14  ramp_g10@14  1
    p_g10@14  mustrun@14  1
    p_g10@14  ramp_g10@15  -1
    p_g11@14  Obj       39.72
    p_g11@14  bal_b5@14  1
    imp@14    Obj       46.85
    imp@14    bal_b5@14  1
    f_l0@14   bal_b0@14  -1
    f_l0@14   bal_b1@14  1
    f_l1@14   bal_b1@14  -1
    f_l1@14   bal_b2@14  1
    f_l2@14   bal_b1@14  -1
    f_l2@14   bal_b3@14  1
    f_l3@14   bal_b3@14  -1
    f_l3@14   bal_b4@14  1
    f_l4@14   bal_b2@14  -1
    f_l4@14   bal_b5@14  1
    f_l5@14   bal_b0@14  -1
    f_l5@14   bal_b3@14  1
    f_l6@14   bal_b0@14  -1
    f_l6@14   bal_b1@14  1
    ch_s0@14  bal_b4@14  -1
    ch_s0@14  soc_s0@14  -0.9243
    dis_s0@14  Obj       0.1
    dis_s0@14  bal_b4@14  1
    dis_s0@14  soc_s0@14  1.0699
    soc_s0@14  soc_s0@14  1
    soc_s0@14  soc_s0@15  -0.9988
    ch_s1@14  bal_b5@14  -1
    ch_s1@14  soc_s1@14  -0.9141
    dis_s1@14  Obj       0.1
    dis_s1@14  bal_b5@14  1
    dis_s1@14  soc_s1@14  1.0893
    soc_s1@14  soc_s1@14  1
    soc_s1@14  soc_s1@15  -0.9982
    ch_s2@14  bal_b3@14  -1
    ch_s2@14  soc_s2@14  -0.8892
    dis_s2@14  Obj       0.1
    dis_s2@14  bal_b3@14  1
    dis_s2@14  soc_s2@14  1.1057
    soc_s2@14  soc_s2@14  1
    soc_s2@14  soc_s2@15  -0.9971
    shed_b0@14  Obj       10000
    shed_b0@14  bal_b0@14  1
    shed_b1@14  Obj       10000
    shed_b1@14  bal_b1@14  1
    shed_b2@14  Obj       10000
    shed_b2@14  bal_b2@14  1
    shed_b3@14  Obj       10000
    shed_b3@14  bal_b3@14  1
    shed_b4@14  Obj       10000
    shed_b4@14  bal_b4@14  1
    shed_b5@14  Obj       10000
    shed_b5@14  bal_b5@14  1
    p_g0@15   Obj       15.54
    p_g0@15   bal_b0@15  1
    p_g0@15   ramp_g0@15  1
    p_g0@15   reserve@15  1
    p_g0@15   ramp_g0@16  -1
    p_g1@15   Obj       23.55
    p_g1@15   bal_b0@15  1
    p_g2@15   Obj       78.18
    p_g2@15   bal_b1@15  1
    p_g2@15   ramp_g2@15  1
    p_g2@15   reserve@15  1
    p_g2@15   ramp_g2@16  -1
    p_g3@15   Obj       16.25
    p_g3@15   bal_b1@15  1
    p_g3@15   ramp_g3@15  1
    p_g3@15   reserve@15  1
    p_g3@15   ramp_g3@16  -1
    p_g4@15   Obj       25.89
    p_g4@15   bal_b2@15  1
    p_g4@15   ramp_g4@15  1
    p_g4@15   ramp_g4@16  -1
    p_g5@15   Obj       76.68
    p_g5@15   bal_b2@15  1
    p_g5@15   ramp_g5@15  1
    p_g5@15   ramp_g5@16  -1
    p_g6@15   Obj       17.76
    p_g6@15   bal_b3@15  1
    p_g7@15   Obj       21.95
    p_g7@15   bal_b3@15  1
    p_g7@15   ramp_g7@15  1
    p_g7@15   ramp_g7@16  -1
    p_g8@15   Obj       44.12
    p_g8@15   bal_b4@15  1
    p_g8@15   ramp_g8@15  1
    p_g8@15   ramp_g8@16  -1
    p_g9@15   Obj       60.4
    p_g9@15   bal_b4@15  1
    p_g9@15   ramp_g9@15  1
    p_g9@15   mustrun@15  1
    p_g9@15   ramp_g9@16  -1
    p_g10@15  Obj       57.07
    p_g10@15  bal_b5@15  1
    p_g10@15  ramp_g10@15  1
    p_g10@15  mustrun@15  1
    p_g10@15  ramp_g10@16  -1
    p_g11@15  Obj       39.72
    p_g11@15  bal_b5@15  1
    imp@15    Obj       46.85
    imp@15    bal_b5@15  1
    f_l0@15   bal_b0@15  -1
    f_l0@15   bal_b1@15  1
    f_l1@15   bal_b1@15  -1
    f_l1@15   bal_b2@15  1
    f_l2@15   bal_b1@15  -1
    f_l2@15   bal_b3@15  1
    f_l3@15   bal_b3@15  -1
    f_l3@15   bal_b4@15  1
    f_l4@15   bal_b2@15  -1
    f_l4@15   bal_b5@15  1
    f_l5@15   bal_b0@15  -1
    f_l5@15   bal_b3@15  1
    f_l6@15   bal_b0@15  -1
    f_l6@15   bal_b1@15  1
    ch_s0@15  bal_b4@15  -1
    ch_s0@15  soc_s0@15  -0.9243
    dis_s0@15  Obj       0.1
    dis_s0@15  bal_b4@15  1
    dis_s0@15  soc_s0@15  1.0699
    soc_s0@15  soc_s0@15  1
    soc_s0@15  soc_s0@16  -0.9988
    ch_s1@15  bal_b5@15  -1
    ch_s1@15  soc_s1@15  -0.9141
    dis_s1@15  Obj       0.1
    dis_s1@15  bal_b5@15  1
    dis_s1@15  soc_s1@15  1.0893
    soc_s1@15  soc_s1@15  1
    soc_s1@15  soc_s1@16  -0.9982
    ch_s2@15  bal_b3@15  -1
    ch_s2@15  soc_s2@15  -0.8892
    dis_s2@15  Obj       0.1
    dis_s2@15  bal_b3@15  1
    dis_s2@15  soc_s2@15  1.1057
    soc_s2@15  soc_s2@15  1
    soc_s2@15  soc_s2@16  -0.9971
    shed_b0@15  Obj       10000
    shed_b0@15  bal_b0@15  1
    shed_b1@15  Obj       10000
    shed_b1@15  bal_b1@15  1
    shed_b2@15  Obj       10000
    shed_b2@15  bal_b2@15  1
    shed_b3@15  Obj       10000
    shed_b3@15  bal_b3@15  1
    shed_b4@15  Obj       10000
    shed_b4@15  bal_b4@15  1
    shed_b5@15  Obj       10000
    shed_b5@15  bal_b5@15  1
    p_g0@16   Obj       15.54
    p_g0@16   bal_b0@16  1
    p_g0@16   ramp_g0@16  1
    p_g0@16   reserve@16  1
    p_g0@16   ramp_g0@17  -1
    p_g1@16   Obj       23.55
    p_g1@16   bal_b0@16  1
    p_g2@16   Obj       78.18
    p_g2@16   bal_b1@16  1
    p_g2@16   ramp_g2@16  1
    p_g2@16   reserve@16  1
    p_g2@16   ramp_g2@17  -1
    p_g3@16   Obj       16.25
    p_g3@16   bal_b1@16  1
    p_g3@16   ramp_g3@16  1
    p_g3@16   reserve@16  1
    p_g3@16   ramp_g3@17  -1
    p_g4@16   Obj       25.89
    p_g4@16   bal_b2@16  1
    p_g4@16   ramp_g4@16  1
    p_g4@16   ramp_g4@17  -1
    p_g5@16   Obj       76.68
    p_g5@16   bal_b2@16  1
    p_g5@16   ramp_g5@16  1
    p_g5@16   ramp_g5@17  -1
    p_g6@16   Obj       17.76
    p_g6@16   bal_b3@16  1
    p_g7@16   Obj       21.95
    p_g7@16   bal_b3@16  1
    p_g7@16   ramp_g7@16  1
    p_g7@16   ramp_g7@17  -1
    p_g8@16   Obj       44.12
    p_g8@16   bal_b4@16  1
    p_g8@16   ramp_g8@16  1
    p_g8@16   ramp_g8@17  -1
    p_g9@16   Obj       60.4
    p_g9@16   bal_b4@16  1
    p_g9@16   ramp_g9@16  1
    p_g9@16   mustrun@16  1
    p_g9@16   ramp_g9@17  -1
    p_g10@16  Obj       57.07
    p_g10@16  bal_b5@16  1
    p_g10@16  ramp_g10@16  1
    p_g10@16  mustrun@16  1
    p_g10@16  ramp_g10@17  -1
    p_g11@16  Obj       39.72
    p_g11@16  bal_b5@16  1
    imp@16    Obj       46.85
    imp@16    bal_b5@16  1
    f_l0@16   bal_b0@16  -1
    f_l0@16   bal_b1@16  1
    f_l1@16   bal_b1@16  -1
    f_l1@16   bal_b2@16  1
    f_l2@16   bal_b1@16  -1
    f_l2@16   bal_b3@16  1
    f_l3@16   bal_b3@16  -1
    f_l3@16   bal_b4@16  1
    f_l4@16   bal_b2@16  -1
    f_l4@16   bal_b5@16  1
    f_l5@16   bal_b0@16  -1
    f_l5@16   bal_b3@16  1
    f_l6@16   bal_b0@16  -1
    f_l6@16   bal_b1@16  1
    ch_s0@16  bal_b4@16  -1
    ch_s0@16  soc_s0@16  -0.9243
    dis_s0@16  Obj       0.1
    dis_s0@16  bal_b4@16  1
    dis_s0@16  soc_s0@16  1.0699
    soc_s0@16  soc_s0@16  1
    soc_s0@16  soc_s0@17  -0.9988
    ch_s1@16  bal_b5@16  -1
    ch_s1@16  soc_s1@16  -0.9141
    dis_s1@16  Obj       0.1
    dis_s1@16  bal_b5@16  1
    dis_s1@16  soc_s1@16  1.0893
    soc_s1@16  soc_s1@16  1
    soc_s1@16  soc_s1@17  -0.9982
    ch_s2@16  bal_b3@16  -1
    ch_s2@16  soc_s2@16  -0.8892
    dis_s2@16  Obj       0.1
    dis_s2@16  bal_b3@16  1
    dis_s2@16  soc_s2@16  1.1057
    soc_s2@16  soc_s2@16  1
    soc_s2@16  soc_s2@17  -0.9971
    shed_b0@16  Obj       10000
    shed_b0@16  bal_b0@16  1
    shed_b1@16  Obj       10000
    shed_b1@16  bal_b1@16  1
    shed_b2@16  Obj       10000
    shed_b2@16  bal_b2@16  1
    shed_b3@16  Obj       10000
    shed_b3@16  bal_b3@16  1
    shed_b4@16  Obj       10000
    shed_b4@16  bal_b4@16  1
    shed_b5@16  Obj       10000
    shed_b5@16  bal_b5@16  1
    p_g0@17   Obj       15.54
    p_g0@17   bal_b0@17  1
    p_g0@17   ramp_g0@17  1
    p_g0@17   reserve@17  1
    p_g0@17   ramp_g0@18  -1
    p_g1@17   Obj       23.55
    p_g1@17   bal_b0@17  1
    p_g2@17   Obj       78.18
    p_g2@17   bal_b1@17  1
    p_g2@17   ramp_g2@17  1
    p_g2@17   reserve@17  1
    p_g2@17   ramp_g2@18  -1
    p_g3@17   Obj       16.25
    p_g3@17   bal_b1@17  1
    p_g3@17   ramp_g3@17  1
    p_g3@17   reserve@17  1
    p_g3@17   ramp_g3@18  -1
    p_g4@17   Obj       25.89
    p_g4@17   bal_b2@17  1
    p_g4@17   ramp_g4@17  1
    p_g4@17   ramp_g4@18  -1
    p_g5@17   Obj       76.68
    p_g5@17   bal_b2@17  1
    p_g5@17   ramp_g5@17  1
    p_g5@17   ramp_g5@18  -1
    p_g6@17   Obj       17.76
    p_g6@17   bal_b3@17  1
    p_g7@17   Obj       21.95
    p_g7@17   bal_b3@17  1
    p_g7@17   ramp_g7@17  1
    p_g7@17   ramp_g7@18  -1
    p_g8@17   Obj       44.12
    p_g8@17   bal_b4@17  1
    p_g8@17   ramp_g8@17  1
    p_g8@17   ramp_g8@18  -1
    p_g9@17   Obj       60.4
    p_g9@17   bal_b4@17  1
    p_g9@17   ramp_g9@17  1
    p_g9@17   mustrun@17  1
    p_g9@17   ramp_g9@18  -1
    p_g10@17  Obj       57.07
    p_g10@17  bal_b5@17  1
    p_g10@17  ramp_g10@17  1
    p_g10@17  mustrun@17  1
    p_g10@17  ramp_g10@18  -1
    p_g11@17  Obj       39.72
    p_g11@17  bal_b5@17  1
    imp@17    Obj       46.85
    imp@17    bal_b5@17  1
    f_l0@17   bal_b0@17  -1
    f_l0@17   bal_b1@17  1
    f_l1@17   bal_b1@17  -1
    f_l1@17   bal_b2@17  1
    f_l2@17   bal_b1@17  -1
    f_l2@17   bal_b3@17  1
    f_l3@17   bal_b3@17  -1
    f_l3@17   bal_b4@17  1
    f_l4@17   bal_b2@17  -1
    f_l4@17   bal_b5@17  1
    f_l5@17   bal_b0@17  -1
    f_l5@17   bal_b3@17  1
    f_l6@17   bal_b0@17  -1
    f_l6@17   bal_b1@17  1
    ch_s0@17  bal_b4@17  -1
    ch_s0@17  soc_s0@17  -0.9243
    dis_s0@17  Obj       0.1
    dis_s0@17  bal_b4@17  1
    dis_s0@17  soc_s0@17  1.0699
    soc_s0@17  soc_s0@17  1
    soc_s0@17  soc_s0@18  -0.9988
    ch_s1@17  bal_b5@17  -1
    ch_s1@17  soc_s1@17  -0.9141
    dis_s1@17  Obj       0.1
    dis_s1@17  bal_b5@17  1
    dis_s1@17  soc_s1@17  1.0893
    soc_s1@17  soc_s1@17  1
    soc_s1@17  soc_s1@18  -0.9982
    ch_s2@17  bal_b3@17  -1
    ch_s2@17  soc_s2@17  -0.8892
    dis_s2@17  Obj       0.1
    dis_s2@17  bal_b3@17  1
    dis_s2@17  soc_s2@17  1.1057
    soc_s2@17  soc_s2@17  1
    soc_s2@17  soc_s2@18  -0.9971
    shed_b0@17  Obj       10000
    shed_b0@17  bal_b0@17  1
    shed_b1@17  Obj       10000
    shed_b1@17  bal_b1@17  1
    shed_b2@17  Obj       10000
    shed_b2@17  bal_b2@17  1
    shed_b3@17  Obj       10000
    shed_b3@17  bal_b3@17  1
    shed_b4@17  Obj       10000
    shed_b4@17  bal_b4@17  1
    shed_b5@17  Obj       10000
    shed_b5@17  bal_b5@17  1
    p_g0@18   Obj       15.54
    p_g0@18   bal_b0@18  1
    p_g0@18   ramp_g0@18  1
    p_g0@18   reserve@18  1
    p_g0@18   ramp_g0@19  -1
    p_g1@18   Obj       23.55
    p_g1@18   bal_b0@18  1
    p_g2@18   Obj       78.18
    p_g2@18   bal_b1@18  1
    p_g2@18   ramp_g2@18  1
    p_g2@18   reserve@18  1
    p_g2@18   ramp_g2@19  -1
    p_g3@18   Obj       16.25
    p_g3@18   bal_b1@18  1
    p_g3@18   ramp_g3@18  1
    p_g3@18   reserve@18  1
    p_g3@18   ramp_g3@19  -1
    p_g4@18   Obj       25.89
    p_g4@18   bal_b2@18  1
    p_g4@18   ramp_g4@18  1
    p_g4@18   ramp_g4@19  -1
    p_g5@18   Obj       76.68
    p_g5@18   bal_b2@18  1
    p_g5@18   ramp_g5@18  1
    p_g5@18   ramp_g5@19  -1
    p_g6@18   Obj       17.76
    p_g6@18   bal_b3@18  1
    p_g7@18   Obj       21.95
    p_g7@18   bal_b3@18  1
    p_g7@18   ramp_g7@18  1
    p_g7@18   ramp_g7@19  -1
    p_g8@18   Obj       44.12
    p_g8@18   bal_b4@18  1
    p_g8@18   ramp_g8@18  1
    p_g8@18   ramp_g8@19  -1
    p_g9@18   Obj       60.4
    p_g9@18   bal_b4@18  1
    p_g9@18   ramp_g9@18  1
    p_g9@18   mustrun@18  1
    p_g9@18   ramp_g9@19  -1
    p_g10@18  Obj       57.07
    p_g10@18  bal_b5@18  1
    p_g10@18  ramp_g10@18  1
    p_g10@18  mustrun@18  1
    p_g10@18  ramp_g10@19  -1
    p_g11@18  Obj       39.72
    p_g11@18  bal_b5@18  1
    imp@18    Obj       46.85
    imp@18    bal_b5@18  1
    f_l0@18   bal_b0@18  -1
    f_l0@18   bal_b1@18  1
    f_l1@18   bal_b1@18  -1
    f_l1@18   bal_b2@18  1
    f_l2@18   bal_b1@18  -1
    f_l2@18   bal_b3@18  1
    f_l3@18   bal_b3@18  -1
    f_l3@18   bal_b4@18  1
    f_l4@18   bal_b2@18  -1
    f_l4@18   bal_b5@18  1
    f_l5@18   bal_b0@18  -1
    f_l5@18   bal_b3@18  1
    f_l6@18   bal_b0@18  -1
    f_l6@18   bal_b1@18  1
    ch_s0@18  bal_b4@18  -1
    ch_s0@18  soc_s0@18  -0.9243
    dis_s0@18  Obj       0.1
    dis_s0@18  bal_b4@18  1
    dis_s0@18  soc_s0@18  1.0699
    soc_s0@18  soc_s0@18  1
    soc_s0@18  soc_s0@19  -0.9988
    ch_s1@18  bal_b5@18  -1
    ch_s1@18  soc_s1@18  -0.9141
    dis_s1@18  Obj       0.1
    dis_s1@18  bal_b5@18  1
    dis_s1@18  soc_s1@18  1.0893
    soc_s1@18  soc_s1@18  1
    soc_s1@18  soc_s1@19  -0.9982
    ch_s2@18  bal_b3@18  -1
    ch_s2@18  soc_s2@18  -0.8892
    dis_s2@18  Obj       0.1
    dis_s2@18  bal_b3@18  1
    dis_s2@18  soc_s2@18  1.1057
    soc_s2@18  soc_s2@18  1
    soc_s2@18  soc_s2@19  -0.9971
    shed_b0@18  Obj       10000
    shed_b0@18  bal_b0@18  1
    shed_b1@18  Obj       10000
    shed_b1@18  bal_b1@18  1
    shed_b2@18  Obj       10000
    shed_b2@18  bal_b2@18  1
    shed_b3@18  Obj       10000
    shed_b3@18  bal_b3@18  1
    shed_b4@18  Obj       10000
    shed_b4@18  bal_b4@18  1
    shed_b5@18  Obj       10000
    shed_b5@18  bal_b5@18  1
    p_g0@19   Obj       15.54
    p_g0@19   bal_b0@19  1
    p_g0@19   ramp_g0@19  1
    p_g0@19   reserve@19  1
    p_g0@19   ramp_g0@20  -1
    p_g1@19   Obj       23.55
    p_g1@19   bal_b0@19  1
    p_g2@19   Obj       78.18
    p_g2@19   bal_b1@19  1
    p_g2@19   ramp_g2@19  1
    p_g2@19   reserve@19  1
    p_g2@19   ramp_g2@20  -1
    p_g3@19   Obj       16.25
    p_g3@19   bal_b1@19  1
    p_g3@19   ramp_g3@19  1
    p_g3@19   reserve@19  1
    p_g3@19   ramp_g3@20  -1
    p_g4@19   Obj       25.89
    p_g4@19   bal_b2@19  1
    p_g4@19   ramp_g4@19  1
    p_g4@19   ramp_g4@20  -1
    p_g5@19   Obj       76.68
    p_g5@19   bal_b2@19  1
    p_g5@19   ramp_g5@19  1
    p_g5@19   ramp_g5@20  -1
    p_g6@19   Obj       17.76
    p_g6@19   bal_b3@19  1
    p_g7@19   Obj       21.95
    p_g7@19   bal_b3@19  1
    p_g7@19   ramp_g7@19  1
    p_g7@19   ramp_g7@20  -1
    p_g8@19   Obj       44.12
    p_g8@19   bal_b4@19  1
    p_g8@19   ramp_g8@19  1
    p_g8@19   ramp_g8@20  -1
    p_g9@19   Obj       60.4
    p_g9@19   bal_b4@19  1
    p_g9@19   ramp_g9@19  1
    p_g9@19   mustrun@19  1
    p_g9@19   ramp_g9@20  -1
    p_g10@19  Obj       57.07
    p_g10@19  bal_b5@19  1
    p_g10@19  ramp_g10@19  1
    p_g10@19  mustrun@19  1
    p_g10@19  ramp_g10@20  -1
    p_g11@19  Obj       39.72
    p_g11@19  bal_b5@19  1
    imp@19    Obj       46.85
    imp@19    bal_b5@19  1
    f_l0@19   bal_b0@19  -1
    f_l0@19   bal_b1@19  1
    f_l1@19   bal_b1@19  -1
    f_l1@19   bal_b2@19  1
    f_l2@19   bal_b1@19  -1
    f_l2@19   bal_b3@19  1
    f_l3@19   bal_b3@19  -1
    f_l3@19   bal_b4@19  1
    f_l4@19   bal_b2@19  -1
    f_l4@19   bal_b5@19  1
    f_l5@19   bal_b0@19  -1
    f_l5@19   bal_b3@19  1
    f_l6@19   bal_b0@19  -1
    f_l6@19   bal_b1@19  1
    ch_s0@19  bal_b4@19  -1
    ch_s0@19  soc_s0@19  -0.9243
    dis_s0@19  Obj       0.1
    dis_s0@19  bal_b4@19  1
    dis_s0@19  soc_s0@19  1.0699
    soc_s0@19  soc_s0@19  1
    soc_s0@19  soc_s0@20  -0.9988
    ch_s1@19  bal_b5@19  -1
    ch_s1@19  soc_s1@19  -0.9141
    dis_s1@19  Obj       0.1
    dis_s1@19  bal_b5@19  1
    dis_s1@19  soc_s1@19  1.0893
    soc_s1@19  soc_s1@19  1
    soc_s1@19  soc_s1@20  -0.9982
    ch_s2@19  bal_b3@19  -1
    ch_s2@19  soc_s2@19  -0.8892
    dis_s2@19  Obj       0.1
    dis_s2@19  bal_b3@19  1
    dis_s2@19  soc_s2@19  1.1057
    soc_s2@19  soc_s2@19  1
    soc_s2@19  soc_s2@20  -0.9971
    shed_b0@19  Obj       10000
    shed_b0@19  bal_b0@19  1
    shed_b1@19  Obj       10000
    shed_b1@19  bal_b1@19  1
    shed_b2@19  Obj       10000
    shed_b2@19  bal_b2@19  1
    shed_b3@19  Obj       10000
    shed_b3@19  bal_b3@19  1
    shed_b4@19  Obj       10000
    shed_b4@19  bal_b4@19  1
    shed_b5@19  Obj       10000
    shed_b5@19  bal_b5@19  1
    p_g0@20   Obj       15.54
    p_g0@20   bal_b0@20  1
    p_g0@20   ramp_g0@20  1
    p_g0@20   reserve@20  1
    p_g0@20   ramp_g0@21  -1
    p_g1@20   Obj       23.55
    p_g1@20   bal_b0@20  1
    p_g2@20   Obj       78.18
    p_g2@20   bal_b1@20  1
    p_g2@20   ramp_g2@20  1
    p_g2@20   reserve@20  1
    p_g2@20   ramp_g2@21  -1
    p_g3@20   Obj       16.25
    p_g3@20   bal_b1@20  1
    p_g3@20   ramp_g3@20  1
    p_g3@20   reserve@20  1
    p_g3@20   ramp_g3@21  -1
    p_g4@20   Obj       25.89
    p_g4@20   bal_b2@20  1
    p_g4@20   ramp_g4@20  1
    p_g4@20   ramp_g4@21  -1
    p_g5@20   Obj       76.68
    p_g5@20   bal_b2@20  1
    p_g5@20   ramp_g5@20  1
    p_g5@20   ramp_g5@21  -1
    p_g6@20   Obj       17.76
    p_g6@20   bal_b3@20  1
    p_g7@20   Obj       21.95
    p_g7@20   bal_b3@20  1
    p_g7@20   ramp_g7@20  1
    p_g7@20   ramp_g7@21  -1
    p_g8@20   Obj       44.12
    p_g8@20   bal_b4@20  1
    p_g8@20   ramp_g8@20  1
    p_g8@20   ramp_g8@21  -1
    p_g9@20   Obj       60.4
    p_g9@20   bal_b4@20  1
    p_g9@20   ramp_g9@20  1
    p_g9@20   mustrun@20  1
    p_g9@20   ramp_g9@21  -1
    p_g10@20  Obj       57.07
    p_g10@20  bal_b5@20  1
    p_g10@20  ramp_g10@20  1
    p_g10@20  mustrun@20  1
    p_g10@20  ramp_g10@21  -1
    p_g11@20  Obj       39.72
    p_g11@20  bal_b5@20  1
    imp@20    Obj       46.85
    imp@20    bal_b5@20  1
    f_l0@20   bal_b0@20  -1
    f_l0@20   bal_b1@20  1
    f_l1@20   bal_b1@20  -1
    f_l1@20   bal_b2@20  1
    f_l2@20   bal_b1@20  -1
    f_l2@20   bal_b3@20  1
    f_l3@20   bal_b3@20  -1
    f_l3@20   bal_b4@20  1
    f_l4@20   bal_b2@20  -1
    f_l4@20   bal_b5@20  1
    f_l5@20   bal_b0@20  -1
    f_l5@20   bal_b3@20  1
    f_l6@20   bal_b0@20  -1
    f_l6@20   bal_b1@20  1
    ch_s0@20  bal_b4@20  -1
    ch_s0@20  soc_s0@20  -0.9243
    dis_s0@20  Obj       0.1
    dis_s0@20  bal_b4@20  1
    dis_s0@20  soc_s0@20  1.0699
    soc_s0@20  soc_s0@20  1
    soc_s0@20  soc_s0@21  -0.9988
    ch_s1@20  bal_b5@20  -1
    ch_s1@20  soc_s1@20  -0.9141
    dis_s1@20  Obj       0.1
    dis_s1@20  bal_b5@20  1
    dis_s1@20  soc_s1@20  1.0893
    soc_s1@20  soc_s1@20  1
    soc_s1@20  soc_s1@21  -0.9982
    ch_s2@20  bal_b3@20  -1
    ch_s2@20  soc_s2@20  -0.8892
    dis_s2@20  Obj       0.1
    dis_s2@20  bal_b3@20  1
    dis_s2@20  soc_s2@20  1.1057
    soc_s2@20  soc_s2@20  1
    soc_s2@20  soc_s2@21  -0.9971
    shed_b0@20  Obj       10000
    shed_b0@20  bal_b0@20  1
    shed_b1@20  Obj       10000
    shed_b1@20  bal_b1@20  1
    shed_b2@20  Obj       10000
    shed_b2@20  bal_b2@20  1
    shed_b3@20  Obj       10000
    shed_b3@20  bal_b3@20  1
    shed_b4@20  Obj       10000
    shed_b4@20  bal_b4@20  1
    shed_b5@20  Obj       10000
    shed_b5@20  bal_b5@20  1
    p_g0@21   Obj       15.54
    p_g0@21   bal_b0@21  1
    p_g0@21   ramp_g0@21  1
    p_g0@21   reserve@21  1
    p_g0@21   ramp_g0@22  -1
    p_g1@21   Obj       23.55
    p_g1@21   bal_b0@21  1
    p_g2@21   Obj       78.18
    p_g2@21   bal_b1@21  1
    p_g2@21   ramp_g2@21  1
    p_g2@21   reserve@21  1
    p_g2@21   ramp_g2@22  -1
    p_g3@21   Obj       16.25
    p_g3@21   bal_b1@21  1
    p_g3@21   ramp_g3@21  1
    p_g3@21   reserve@21  1
    p_g3@21   ramp_g3@22  -1
    p_g4@21   Obj       25.89
    p_g4@21   bal_b2@21  1
    p_g4@21   ramp_g4@21  1
    p_g4@21   ramp_g4@22  -1
    p_g5@21   Obj       76.68
    p_g5@21   bal_b2@21  1
    p_g5@21   ramp_g5@21  1
    p_g5@21   ramp_g5@22  -1
    p_g6@21   Obj       17.76
    p_g6@21   bal_b3@21  1
    p_g7@21   Obj       21.95
    p_g7@21   bal_b3@21  1
    p_g7@21   ramp_g7@21  1
    p_g7@21   ramp_g7@22  -1
    p_g8@21   Obj       44.12
    p_g8@21   bal_b4@21  1
    p_g8@21   ramp_g8@21  1
    p_g8@21   ramp_g8@22  -1
    p_g9@21   Obj       60.4
    p_g9@21   bal_b4@21  1
    p_g9@21   ramp_g9@21  1
    p_g9@21   mustrun@21  1
    p_g9@21   ramp_g9@22  -1
    p_g10@21  Obj       57.07
    p_g10@21  bal_b5@21  1
    p_g10@21  ramp_g10@21  1
    p_g10@21  mustrun@21  1
    p_g10@21  ramp_g10@22  -1
    p_g11@21  Obj       39.72
    p_g11@21  bal_b5@21  1
    imp@21    Obj       46.85
    imp@21    bal_b5@21  1
    f_l0@21   bal_b0@21  -1
    f_l0@21   bal_b1@21  1
    f_l1@21   bal_b1@21  -1
    f_l1@21   bal_b2@21  1
    f_l2@21   bal_b1@21  -1
    f_l2@21   bal_b3@21  1
    f_l3@21   bal_b3@21  -1
    f_l3@21   bal_b4@21  1
    f_l4@21   bal_b2@21  -1
    f_l4@21   bal_b5@21  1
    f_l5@21   bal_b0@21  -1
    f_l5@21   bal_b3@21  1
    f_l6@21   bal_b0@21  -1
    f_l6@21   bal_b1@21  1
    ch_s0@21  bal_b4@21  -1
    ch_s0@21  soc_s0@21  -0.9243
    dis_s0@21  Obj       0.1
    dis_s0@21  bal_b4@21  1
    dis_s0@21  soc_s0@21  1.0699
    soc_s0@21  soc_s0@21  1
    soc_s0@21  soc_s0@22  -0.9988
    ch_s1@21  bal_b5@21  -1
    ch_s1@21  soc_s1@21  -0.9141
    dis_s1@21  Obj       0.1
    dis_s1@21  bal_b5@21  1
    dis_s1@21  soc_s1@21  1.0893
    soc_s1@21  soc_s1@21  1
    soc_s1@21  soc_s1@22  -0.9982
    ch_s2@21  bal_b3@21  -1
    ch_s2@21  soc_s2@21  -0.8892
    dis_s2@21  Obj       0.1
    dis_s2@21  bal_b3@21  1
    dis_s2@21  soc_s2@21  1.1057
    soc_s2@21  soc_s2@21  1
    soc_s2@21  soc_s2@22  -0.9971
    shed_b0@21  Obj       10000
    shed_b0@21  bal_b0@21  1
    shed_b1@21  Obj       10000
    shed_b1@21  bal_b1@21  1
    shed_b2@21  Obj       10000
    shed_b2@21  bal_b2@21  1
    shed_b3@21  Obj       10000
    shed_b3@21  bal_b3@21  1
    shed_b4@21  Obj       10000
    shed_b4@21  bal_b4@21  1
    shed_b5@21  Obj       10000
    shed_b5@21  bal_b5@21  1
    p_g0@22   Obj       15.54
    p_g0@22   bal_b0@22  1
    p_g0@22   ramp_g0@22  1
    p_g0@22   reserve@22  1
    p_g0@22   ramp_g0@23  -1
    p_g1@22   Obj       23.55
    p_g1@22   bal_b0@22  1
    p_g2@22   Obj       78.18
    p_g2@22   bal_b1@22  1
    p_g2@22   ramp_g2@22  1
    p_g2@22   reserve@22  1
    p_g2@22   ramp_g2@23  -1
    p_g3@22   Obj       16.25
    p_g3@22   bal_b1@22  1
    p_g3@22   ramp_g3@22  1
    p_g3@22   reserve@22  1
    p_g3@22   ramp_g3@23  -1
    p_g4@22   Obj       25.89
    p_g4@22   bal_b2@22  1
    p_g4@22   ramp_g4@22  1
    p_g4@22   ramp_g4@23  -1
    p_g5@22   Obj       76.68
    p_g5@22   bal_b2@22  1
    p_g5@22   ramp_g5@22  1
    p_g5@22   ramp_g5@23  -1
    p_g6@22   Obj       17.76
    p_g6@22   bal_b3@22  1
    p_g7@22   Obj       21.95
    p_g7@22   bal_b3@22  1
    p_g7@22   ramp_g7@22  1
    p_g7@22   ramp_g7@23  -1
    p_g8@22   Obj       44.12
    p_g8@22   bal_b4@22  1
    p_g8@22   ramp_g8@22  1
    p_g8@22   ramp_g8@23  -1
    p_g9@22   Obj       60.4
    p_g9@22   bal_b4@22  1
    p_g9@22   ramp_g9@22  1
    p_g9@22   mustrun@22  1
    p_g9@22   ramp_g9@23  -1
    p_g10@22  Obj       57.07
    p_g10@22  bal_b5@22  1
    p_g10@22  ramp_g10@22  1
    p_g10@22  mustrun@22  1
    p_g10@22  ramp_g10@23  -1
    p_g11@22  Obj       39.72
    p_g11@22  bal_b5@22  1
    imp@22    Obj       46.85
    imp@22    bal_b5@22  1
    f_l0@22   bal_b0@22  -1
    f_l0@22   bal_b1@22  1
    f_l1@22   bal_b1@22  -1
    f_l1@22   bal_b2@22  1
    f_l2@22   bal_b1@22  -1
    f_l2@22   bal_b3@22  1
    f_l3@22   bal_b3@22  -1
    f_l3@22   bal_b4@22  1
    f_l4@22   bal_b2@22  -1
    f_l4@22   bal_b5@22  1
    f_l5@22   bal_b0@22  -1
    f_l5@22   bal_b3@22  1
    f_l6@22   bal_b0@22  -1
    f_l6@22   bal_b1@22  1
    ch_s0@22  bal_b4@22  -1
    ch_s0@22  soc_s0@22  -0.9243
    dis_s0@22  Obj       0.1
    dis_s0@22  bal_b4@22  1
    dis_s0@22  soc_s0@22  1.0699
    soc_s0@22  soc_s0@22  1
    soc_s0@22  soc_s0@23  -0.9988
    ch_s1@22  bal_b5@22  -1
    ch_s1@22  soc_s1@22  -0.9141
    dis_s1@22  Obj       0.1
    dis_s1@22  bal_b5@22  1
    dis_s1@22  soc_s1@22  1.0893
    soc_s1@22  soc_s1@22  1
    soc_s1@22  soc_s1@23  -0.9982
    ch_s2@22  bal_b3@22  -1
    ch_s2@22  soc_s2@22  -0.8892
    dis_s2@22  Obj       0.1
    dis_s2@22  bal_b3@22  1
    dis_s2@22  soc_s2@22  1.1057
    soc_s2@22  soc_s2@22  1
    soc_s2@22  soc_s2@23  -0.9971
    shed_b0@22  Obj       10000
    shed_b0@22  bal_b0@22  1
    shed_b1@22  Obj       10000
    shed_b1@22  bal_b1@22  1
    shed_b2@22  Obj       10000
    shed_b2@22  bal_b2@22  1
    shed_b3@22  Obj       10000
    shed_b3@22  bal_b3@22  1
    shed_b4@22  Obj       10000
    shed_b4@22  bal_b4@22  1
    shed_b5@22  Obj       10000
    shed_b5@22  bal_b5@22  1
    p_g0@23   Obj       15.54
    p_g0@23   bal_b0@23  1
    p_g0@23   ramp_g0@23  1
    p_g0@23   reserve@23  1
    p_g0@23   ramp_g0@24  -1
    p_g1@23   Obj       23.55
    p_g1@23   bal_b0@23  1
    p_g2@23   Obj       78.18
    p_g2@23   bal_b1@23  1
    p_g2@23   ramp_g2@23  1
    p_g2@23   reserve@23  1
    p_g2@23   ramp_g2@24  -1
    p_g3@23   Obj       16.25
    p_g3@23   bal_b1@23  1
    p_g3@23   ramp_g3@23  1
    p_g3@23   reserve@23  1
    p_g3@23   ramp_g3@24  -1
    p_g4@23   Obj       25.89
    p_g4@23   bal_b2@23  1
    p_g4@23   ramp_g4@23  1
    p_g4@23   ramp_g4@24  -1
    p_g5@23   Obj       76.68
    p_g5@23   bal_b2@23  1
    p_g5@23   ramp_g5@23  1
    p_g5@23   ramp_g5@24  -1
    p_g6@23   Obj       17.76
    p_g6@23   bal_b3@23  1
    p_g7@23   Obj       21.95
    p_g7@23   bal_b3@23  1
    p_g7@23   ramp_g7@23  1
    p_g7@23   ramp_g7@24  -1
    p_g8@23   Obj       44.12
    p_g8@23   bal_b4@23  1
    p_g8@23   ramp_g8@23  1
    p_g8@23   ramp_g8@24  -1
    p_g9@23   Obj       60.4
    p_g9@23   bal_b4@23  1
    p_g9@23   ramp_g9@23  1
    p_g9@23   mustrun@23  1
    p_g9@23   ramp_g9@24  -1
    p_g10@23  Obj       57.07
    p_g10@23  bal_b5@23  1
    p_g10@23  ramp_g10@23  1
    p_g10@23  mustrun@23  1
    p_g10@23  ramp_g10@24  -1
    p_g11@23  Obj       39.72
    p_g11@23  bal_b5@23  1
    imp@23    Obj       46.85
    imp@23    bal_b5@23  1
    f_l0@23   bal_b0@23  -1
    f_l0@23   bal_b1@23  1
    f_l1@23   bal_b1@23  -1
    f_l1@23   bal_b2@23  1
    f_l2@23   bal_b1@23  -1
    f_l2@23   bal_b3@23  1
    f_l3@23   bal_b3@23  -1
    f_l3@23   bal_b4@23  1
    f_l4@23   bal_b2@23  -1
    f_l4@23   bal_b5@23  1
    f_l5@23   bal_b0@23  -1
    f_l5@23   bal_b3@23  1
    f_l6@23   bal_b0@23  -1
    f_l6@23   bal_b1@23  1
    ch_s0@23  bal_b4@23  -1
    ch_s0@23  soc_s0@23  -0.9243
    dis_s0@23  Obj       0.1
    dis_s0@23  bal_b4@23  1
    dis_s0@23  soc_s0@23  1.0699
    soc_s0@23  soc_s0@23  1
    soc_s0@23  soc_s0@24  -0.9988
    ch_s1@23  bal_b5@23  -1
    ch_s1@23  soc_s1@23  -0.9141
    dis_s1@23  Obj       0.1
    dis_s1@23  bal_b5@23  1
    dis_s1@23  soc_s1@23  1.0893
    soc_s1@23  soc_s1@23  1
    soc_s1@23  soc_s1@24  -0.9982
    ch_s2@23  bal_b3@23  -1
    ch_s2@23  soc_s2@23  -0.8892
    dis_s2@23  Obj       0.1
    dis_s2@23  bal_b3@23  1
    dis_s2@23  soc_s2@23  1.1057
    soc_s2@23  soc_s2@23  1
    soc_s2@23  soc_s2@24  -0.9971
    shed_b0@23  Obj       10000
    shed_b0@23  bal_b0@23  1
    shed_b1@23  Obj       10000
    shed_b1@23  bal_b1@23  1
    shed_b2@23  Obj       10000
    shed_b2@23  bal_b2@23  1
    shed_b3@23  Obj       10000
    shed_b3@23  bal_b3@23  1
    shed_b4@23  Obj       10000
    shed_b4@23  bal_b4@23  1
    shed_b5@23  Obj       10000
    shed_b5@23  bal_b5@23  1
    p_g0@24   Obj       15.54
    p_g0@24   bal_b0@24  1
    p_g0@24   ramp_g0@24  1
    p_g0@24   reserve@24  1
    p_g0@24   ramp_g0@25  -1
    p_g1@24   Obj       23.55
    p_g1@24   bal_b0@24  1
    p_g2@24   Obj       78.18
    p_g2@24   bal_b1@24  1
    p_g2@24   ramp_g2@24  1
    p_g2@24   reserve@24  1
    p_g2@24   ramp_g2@25  -1
    p_g3@24   Obj       16.25
    p_g3@24   bal_b1@24  1
    p_g3@24   ramp_g3@24  1
    p_g3@24   reserve@24  1
    p_g3@24   ramp_g3@25  -1
    p_g4@24   Obj       25.89
    p_g4@24   bal_b2@24  1
    p_g4@24   ramp_g4@24  1
    p_g4@24   ramp_g4@25  -1
    p_g5@24   Obj       76.68
    p_g5@24   bal_b2@24  1
    p_g5@24   ramp_g5@24  1
    p_g5@24   ramp_g5@25  -1
    p_g6@24   Obj       17.76
    p_g6@24   bal_b3@24  1
    p_g7@24   Obj       21.95
    p_g7@24   bal_b3@24  1
    p_g7@24   ramp_g7@24  1
    p_g7@24   ramp_g7@25  -1
    p_g8@24   Obj       44.12
    p_g8@24   bal_b4@24  1
    p_g8@24   ramp_g8@24  1
    p_g8@24   ramp_g8@25  -1
    p_g9@24   Obj       60.4
    p_g9@24   bal_b4@24  1
    p_g9@24   ramp_g9@24  1
    p_g9@24   mustrun@24  1
    p_g9@24   ramp_g9@25  -1
    p_g10@24  Obj       57.07
    p_g10@24  bal_b5@24  1
    p_g10@24  ramp_g10@24  1
    p_g10@24  mustrun@24  1
    p_g10@24  ramp_g10@25  -1
    p_g11@24  Obj       39.72
    p_g11@24  bal_b5@24  1
    imp@24    Obj       46.85
    imp@24    bal_b5@24  1
    f_l0@24   bal_b0@24  -1
    f_l0@24   bal_b1@24  1
    f_l1@24   bal_b1@24  -1
    f_l1@24   bal_b2@24  1
    f_l2@24   bal_b1@24  -1
    f_l2@24   bal_b3@24  1
    f_l3@24   bal_b3@24  -1
    f_l3@24   bal_b4@24  1
    f_l4@24   bal_b2@24  -1
    f_l4@24   bal_b5@24  1
    f_l5@24   bal_b0@24  -1
    f_l5@24   bal_b3@24  1
    f_l6@24   bal_b0@24  -1
    f_l6@24   bal_b1@24  1
    ch_s0@24  bal_b4@24  -1
    ch_s0@24  soc_s0@24  -0.9243
    dis_s0@24  Obj       0.1
    dis_s0@24  bal_b4@24  1
    dis_s0@24  soc_s0@24  1.0699
    soc_s0@24  soc_s0@24  1
    soc_s0@24  soc_s0@25  -0.9988
    ch_s1@24  bal_b5@24  -1
    ch_s1@24  soc_s1@24  -0.9141
    dis_s1@24  Obj       0.1
    dis_s1@24  bal_b5@24  1
    dis_s1@24  soc_s1@24  1.0893
    soc_s1@24  soc_s1@24  1
    soc_s1@24  soc_s1@25  -0.9982
    ch_s2@24  bal_b3@24  -1
    ch_s2@24  soc_s2@24  -0.8892
    dis_s2@24  Obj       0.1
    dis_s2@24  bal_b3@24  1
    dis_s2@24  soc_s2@24  1.1057
    soc_s2@24  soc_s2@24  1
    soc_s2@24  soc_s2@25  -0.9971
    shed_b0@24  Obj       10000
    shed_b0@24  bal_b0@24  1
    shed_b1@24  Obj       10000
    shed_b1@24  bal_b1@24  1
    shed_b2@24  Obj       10000
    shed_b2@24  bal_b2@24  1
    shed_b3@24  Obj       10000
    shed_b3@24  bal_b3@24  1
    shed_b4@24  Obj       10000
    shed_b4@24  bal_b4@24  1
    shed_b5@24  Obj       10000
    shed_b5@24  bal_b5@24  1
    p_g0@25   Obj       15.54
    p_g0@25   bal_b0@25  1
    p_g0@25   ramp_g0@25  1
    p_g0@25   reserve@25  1
    p_g0@25   ramp_g0@26  -1
    p_g1@25   Obj       23.55
    p_g1@25   bal_b0@25  1
    p_g2@25   Obj       78.18
    p_g2@25   bal_b1@25  1
    p_g2@25   ramp_g2@25  1
    p_g2@25   reserve@25  1
    p_g2@25   ramp_g2@26  -1
    p_g3@25   Obj       16.25
    p_g3@25   bal_b1@25  1
    p_g3@25   ramp_g3@25  1
    p_g3@25   reserve@25  1
    p_g3@25   ramp_g3@26  -1
    p_g4@25   Obj       25.89
    p_g4@25   bal_b2@25  1
    p_g4@25   ramp_g4@25  1
    p_g4@25   ramp_g4@26  -1
    p_g5@25   Obj       76.68
    p_g5@25   bal_b2@25  1
    p_g5@25   ramp_g5@25  1
    p_g5@25   ramp_g5@26  -1
    p_g6@25   Obj       17.76
    p_g6@25   bal_b3@25  1
    p_g7@25   Obj       21.95
    p_g7@25   bal_b3@25  1
    p_g7@25   ramp_g7@25  1
    p_g7@25   ramp_g7@26  -1
    p_g8@25   Obj       44.12
    p_g8@25   bal_b4@25  1
    p_g8@25   ramp_g8@25  1
    p_g8@25   ramp_g8@26  -1
    p_g9@25   Obj       60.4
    p_g9@25   bal_b4@25  1
    p_g9@25   ramp_g9@25  1
    p_g9@25   mustrun@25  1
    p_g9@25   ramp_g9@26  -1
    p_g10@25  Obj       57.07
    p_g10@25  bal_b5@25  1
    p_g10@25  ramp_g10@25  1
    p_g10@25  mustrun@25  1
    p_g10@25  ramp_g10@26  -1
    p_g11@25  Obj       39.72
    p_g11@25  bal_b5@25  1
    imp@25    Obj       46.85
    imp@25    bal_b5@25  1
    f_l0@25   bal_b0@25  -1
    f_l0@25   bal_b1@25  1
    f_l1@25   bal_b1@25  -1
    f_l1@25   bal_b2@25  1
    f_l2@25   bal_b1@25  -1
    f_l2@25   bal_b3@25  1
    f_l3@25   bal_b3@25  -1
    f_l3@25   bal_b4@25  1
    f_l4@25   bal_b2@25  -1
    f_l4@25   bal_b5@25  1
    f_l5@25   bal_b0@25  -1
    f_l5@25   bal_b3@25  1
    f_l6@25   bal_b0@25  -1
    f_l6@25   bal_b1@25  1
    ch_s0@25  bal_b4@25  -1
    ch_s0@25  soc_s0@25  -0.9243
    dis_s0@25  Obj       0.1
    dis_s0@25  bal_b4@25  1
    dis_s0@25  soc_s0@25  1.0699
    soc_s0@25  soc_s0@25  1
    soc_s0@25  soc_s0@26  -0.9988
    ch_s1@25  bal_b5@25  -1
    ch_s1@25  soc_s1@25  -0.9141
    dis_s1@25  Obj       0.1
    dis_s1@25  bal_b5@25  1
    dis_s1@25  soc_s1@25  1.0893
    soc_s1@25  soc_s1@25  1
    soc_s1@25  soc_s1@26  -0.9982
    ch_s2@25  bal_b3@25  -1
    ch_s2@25  soc_s2@25  -0.8892
    dis_s2@25  Obj       0.1
    dis_s2@25  bal_b3@25  1
    dis_s2@25  soc_s2@25  1.1057
    soc_s2@25  soc_s2@25  1
    soc_s2@25  soc_s2@26  -0.9971
    shed_b0@25  Obj       10000
    shed_b0@25  bal_b0@25  1
    shed_b1@25  Obj       10000
    shed_b1@25  bal_b1@25  1
    shed_b2@25  Obj       10000
    shed_b2@25  bal_b2@25  1
    shed_b3@25  Obj       10000
    shed_b3@25  bal_b3@25  1
    shed_b4@25  Obj       10000
    shed_b4@25  bal_b4@25  1
    shed_b5@25  Obj       10000
    shed_b5@25  bal_b5@25  1
    p_g0@26   Obj       15.54
    p_g0@26   bal_b0@26  1
    p_g0@26   ramp_g0@26  1
    p_g0@26   reserve@26  1
    p_g0@26   ramp_g0@27  -1
    p_g1@26   Obj       23.55
    p_g1@26   bal_b0@26  1
    p_g2@26   Obj       78.18
    p_g2@26   bal_b1@26  1
    p_g2@26   ramp_g2@26  1
    p_g2@26   reserve@26  1
    p_g2@26   ramp_g2@27  -1
    p_g3@26   Obj       16.25
    p_g3@26   bal_b1@26  1
    p_g3@26   ramp_g3@26  1
    p_g3@26   reserve@26  1
    p_g3@26   ramp_g3@27  -1
    p_g4@26   Obj       25.89
    p_g4@26   bal_b2@26  1
    p_g4@26   ramp_g4@26  1
    p_g4@26   ramp_g4@27  -1
    p_g5@26   Obj       76.68
    p_g5@26   bal_b2@26  1
    p_g5@26   ramp_g5@26  1
    p_g5@26   ramp_g5@27  -1
    p_g6@26   Obj       17.76
    p_g6@26   bal_b3@26  1
    p_g7@26   Obj       21.95
    p_g7@26   bal_b3@26  1
    p_g7@26   ramp_g7@26  1
    p_g7@26   ramp_g7@27  -1
    p_g8@26   Obj       44.12
    p_g8@26   bal_b4@26  1
    p_g8@26   ramp_g8@26  1
    p_g8@26   ramp_g8@27  -1
    p_g9@26   Obj       60.4
    p_g9@26   bal_b4@26  1
    p_g9@26   ramp_g9@26  1
    p_g9@26   mustrun@26  1
    p_g9@26   ramp_g9@27  -1
    p_g10@26  Obj       57.07
    p_g10@26  bal_b5@26  1
    p_g10@26  ramp_g10@26  1
    p_g10@26  mustrun@26  1
    p_g10@26  ramp_g10@27  -1
    p_g11@26  Obj       39.72
    p_g11@26  bal_b5@26  1
    imp@26    Obj       46.85
    imp@26    bal_b5@26  1
    f_l0@26   bal_b0@26  -1
    f_l0@26   bal_b1@26  1
    f_l1@26   bal_b1@26  -1
    f_l1@26   bal_b2@26  1
    f_l2@26   bal_b1@26  -1
    f_l2@26   bal_b3@26  1
    f_l3@26   bal_b3@26  -1
    f_l3@26   bal_b4@26  1
    f_l4@26   bal_b2@26  -1
    f_l4@26   bal_b5@26  1
    f_l5@26   bal_b0@26  -1
    f_l5@26   bal_b3@26  1
    f_l6@26   bal_b0@26  -1
    f_l6@26   bal_b1@26  1
    ch_s0@26  bal_b4@26  -1
    ch_s0@26  soc_s0@26  -0.9243
    dis_s0@26  Obj       0.1
    dis_s0@26  bal_b4@26  1
    dis_s0@26  soc_s0@26  1.0699
    soc_s0@26  soc_s0@26  1
    soc_s0@26  soc_s0@27  -0.9988
    ch_s1@26  bal_b5@26  -1
    ch_s1@26  soc_s1@26  -0.9141
    dis_s1@26  Obj       0.1
    dis_s1@26  bal_b5@26  1
    dis_s1@26  soc_s1@26  1.0893
    soc_s1@26  soc_s1@26  1
    soc_s1@26  soc_s1@27  -0.9982
    ch_s2@26  bal_b3@26  -1
    ch_s2@26  soc_s2@26  -0.8892
    dis_s2@26  Obj       0.1
    dis_s2@26  bal_b3@26  1
    dis_s2@26  soc_s2@26  1.1057
    soc_s2@26  soc_s2@26  1
    soc_s2@26  soc_s2@27  -0.9971
    shed_b0@26  Obj       10000
    shed_b0@26  bal_b0@26  1
    shed_b1@26  Obj       10000
    shed_b1@26  bal_b1@26  1
    shed_b2@26  Obj       10000
    shed_b2@26  bal_b2@26  1
    shed_b3@26  Obj       10000
    shed_b3@26  bal_b3@26  1
    shed_b4@26  Obj       10000
    shed_b4@26  bal_b4@26  1
    shed_b5@26  Obj       10000
    shed_b5@26  bal_b5@26  1
    p_g0@27   Obj       15.54
    p_g0@27   bal_b0@27  1
    p_g0@27   ramp_g0@27  1
    p_g0@27   reserve@27  1
    p_g0@27   ramp_g0@28  -1
    p_g1@27   Obj       23.55
    p_g1@27   bal_b0@27  1
    p_g2@27   Obj       78.18
    p_g2@27   bal_b1@27  1
    p_g2@27   ramp_g2@27  1
    p_g2@27   reserve@27  1
    p_g2@27   ramp_g2@28  -1
    p_g3@27   Obj       16.25
    p_g3@27   bal_b1@27  1
    p_g3@27   ramp_g3@27  1
    p_g3@27   reserve@27  1
    p_g3@27   ramp_g3@28  -1
    p_g4@27   Obj       25.89
    p_g4@27   bal_b2@27  1
    p_g4@27   ramp_g4@27  1
    p_g4@27   ramp_g4@28  -1
    p_g5@27   Obj       76.68
    p_g5@27   bal_b2@27  1
    p_g5@27   ramp_g5@27  1
    p_g5@27   ramp_g5@28  -1
    p_g6@27   Obj       17.76
    p_g6@27   bal_b3@27  1
    p_g7@27   Obj       21.95
    p_g7@27   bal_b3@27  1
    p_g7@27   ramp_g7@27  1
    p_g7@27   ramp_g7@28  -1
    p_g8@27   Obj       44.12
    p_g8@27   bal_b4@27  1
    p_g8@27   ramp_g8@27  1
    p_g8@27   ramp_g8@28  -1
    p_g9@27   Obj       60.4
    p_g9@27   bal_b4@27  1
    p_g9@27   ramp_g9@27  1
    p_g9@27   mustrun@27  1
    p_g9@27   ramp_g9@28  -1
    p_g10@27  Obj       57.07
    p_g10@27  bal_b5@27  1
    p_g10@27  ramp_g10@27  1
    p_g10@27  mustrun@27  1
    p_g10@27  ramp_g10@28  -1
    p_g11@27  Obj       39.72
    p_g11@27  bal_b5@27  1
    imp@27    Obj       46.85
    imp@27    bal_b5@27  1
    f_l0@27   bal_b0@27  -1
    f_l0@27   bal_b1@27  1
    f_l1@27   bal_b1@27  -1
    f_l1@27   bal_b2@27  1
    f_l2@27   bal_b1@27  -1
    f_l2@27   bal_b3@27  1
    f_l3@27   bal_b3@27  -1
    f_l3@27   bal_b4@27  1
    f_l4@27   bal_b2@27  -1
    f_l4@27   bal_b5@27  1
    f_l5@27   bal_b0@27  -1
    f_l5@27   bal_b3@27  1
    f_l6@27   bal_b0@27  -1
    f_l6@27   bal_b1@27  1
    ch_s0@27  bal_b4@27  -1
    ch_s0@27  soc_s0@27  -0.9243
    dis_s0@27  Obj       0.1
    dis_s0@27  bal_b4@27  1
    dis_s0@27  soc_s0@27  1.0699
    soc_s0@27  soc_s0@27  1
    soc_s0@27  soc_s0@28  -0.9988
    ch_s1@27  bal_b5@27  -1
    ch_s1@27  soc_s1@27  -0.9141
    dis_s1@27  Obj       0.1
    dis_s1@27  bal_b5@27  1
    dis_s1@27  soc_s1@27  1.0893
    soc_s1@27  soc_s1@27  1
    soc_s1@27  soc_s1@28  -0.9982
    ch_s2@27  bal_b3@27  -1
    ch_s2@27  soc_s2@27  -0.8892
    dis_s2@27  Obj       0.1
    dis_s2@27  bal_b3@27  1
    dis_s2@27  soc_s2@27  1.1057
    soc_s2@27  soc_s2@27  1
    soc_s2@27  soc_s2@28  -0.9971
    shed_b0@27  Obj       10000
    shed_b0@27  bal_b0@27  1
    shed_b1@27  Obj       10000
    shed_b1@27  bal_b1@27  1
    shed_b2@27  Obj       10000
    shed_b2@27  bal_b2@27  1
    shed_b3@27  Obj       10000
    shed_b3@27  bal_b3@27  1
    shed_b4@27  Obj       10000
    shed_b4@27  bal_b4@27  1
    shed_b5@27  Obj       10000
    shed_b5@27  bal_b5@27  1
    p_g0@28   Obj       15.54
    p_g0@28   bal_b0@28  1
    p_g0@28   ramp_g0@28  1
    p_g0@28   reserve@28  1
    p_g0@28   ramp_g0@29  -1
    p_g1@28   Obj       23.55
    p_g1@28   bal_b0@28  1
    p_g2@28   Obj       78.18
    p_g2@28   bal_b1@28  1
    p_g2@28   ramp_g2@28  1
    p_g2@28   reserve@28  1
    p_g2@28   ramp_g2@29  -1
    p_g3@28   Obj       16.25
    p_g3@28   bal_b1@28  1
    p_g3@28   ramp_g3@28  1
    p_g3@28   reserve@28  1
    p_g3@28   ramp_g3@29  -1
    p_g4@28   Obj       25.89
    p_g4@28   bal_b2@28  1
    p_g4@28   ramp_g4@28  1
    p_g4@28   ramp_g4@29  -1
    p_g5@28   Obj       76.68
    p_g5@28   bal_b2@28  1
    p_g5@28   ramp_g5@28  1
    p_g5@28   ramp_g5@29  -1
    p_g6@28   Obj       17.76
    p_g6@28   bal_b3@28  1
    p_g7@28   Obj       21.95
    p_g7@28   bal_b3@28  1
    p_g7@28   ramp_g7@28  1
    p_g7@28   ramp_g7@29  -1
    p_g8@28   Obj       44.12
    p_g8@28   bal_b4@28  1
    p_g8@28   ramp_g8@28  1
    p_g8@28   ramp_g8@29  -1
    p_g9@28   Obj       60.4
    p_g9@28   bal_b4@28  1
    p_g9@28   ramp_g9@28  1
    p_g9@28   mustrun@28  1
    p_g9@28   ramp_g9@29  -1
    p_g10@28  Obj       57.07
    p_g10@28  bal_b5@28  1
    p_g10@28  ramp_g10@28  1
    p_g10@28  mustrun@28  1
    p_g10@28  ramp_g10@29  -1
    p_g11@28  Obj       39.72
    p_g11@28  bal_b5@28  1
    imp@28    Obj       46.85
    imp@28    bal_b5@28  1
    f_l0@28   bal_b0@28  -1
    f_l0@28   bal_b1@28  1
    f_l1@28   bal_b1@28  -1
    f_l1@28   bal_b2@28  1
    f_l2@28   bal_b1@28  -1
    f_l2@28   bal_b3@28  1
    f_l3@28   bal_b3@28  -1
    f_l3@28   bal_b4@28  1
    f_l4@28   bal_b2@28  -1
    f_l4@28   bal_b5@28  1
    f_l5@28   bal_b0@28  -1
    f_l5@28   bal_b3@28  1
    f_l6@28   bal_b0@28  -1
    f_l6@28   bal_b1@28  1
    ch_s0@28  bal_b4@28  -1
    ch_s0@28  soc_s0@28  -0.9243
    dis_s0@28  Obj       0.1
    dis_s0@28  bal_b4@28  1
    dis_s0@28  soc_s0@28  1.0699
    soc_s0@28  soc_s0@28  1
    soc_s0@28  soc_s0@29  -0.9988
    ch_s1@28  bal_b5@28  -1
    ch_s1@28  soc_s1@28  -0.9141
    dis_s1@28  Obj       0.1
    dis_s1@28  bal_b5@28  1
    dis_s1@28  soc_s1@28  1.0893
    soc_s1@28  soc_s1@28  1
    soc_s1@28  soc_s1@29  -0.9982
    ch_s2@28  bal_b3@28  -1
    ch_s2@28  soc_s2@28  -0.8892
    dis_s2@28  Obj       0.1
    dis_s2@28  bal_b3@28  1
    dis_s2@28  soc_s2@28  1.1057
    soc_s2@28  soc_s2@28  1
    soc_s2@28  soc_s2@29  -0.9971
    shed_b0@28  Obj       10000
    shed_b0@28  bal_b0@28  1
    shed_b1@28  Obj       10000
    shed_b1@28  bal_b1@28  1
    shed_b2@28  Obj       10000
    shed_b2@28  bal_b2@28  1
    shed_b3@28  Obj       10000
    shed_b3@28  bal_b3@28  1
    shed_b4@28  Obj       10000
    shed_b4@28  bal_b4@28  1
    shed_b5@28  Obj       10000
    shed_b5@28  bal_b5@28  1
    p_g0@29   Obj       15.54
    p_g0@29   bal_b0@29  1
    p_g0@29   ramp_g0@29  1
    p_g0@29   reserve@29  1
    p_g0@29   ramp_g0@30  -1
    p_g1@29   Obj       23.55
    p_g1@29   bal_b0@29  1
    p_g2@29   Obj       78.18
    p_g2@29   bal_b1@29  1
    p_g2@29   ramp_g2@29  1
    p_g2@29   reserve@29  1
    p_g2@29   ramp_g2@30  -1
    p_g3@29   Obj       16.25
    p_g3@29   bal_b1@29  1
    p_g3@29   ramp_g3@29  1
    p_g3@29   reserve@29  1
    p_g3@29   ramp_g3@30  -1
    p_g4@29   Obj       25.89
    p_g4@29   bal_b2@29  1
    p_g4@29   ramp_g4@29  1
    p_g4@29   ramp_g4@30  -1
    p_g5@29   Obj       76.68
    p_g5@29   bal_b2@29  1
    p_g5@29   ramp_g5@29  1
    p_g5@29   ramp_g5@30  -1
    p_g6@29   Obj       17.76
    p_g6@29   bal_b3@29  1
    p_g7@29   Obj       21.95
    p_g7@29   bal_b3@29  1
    p_g7@29   ramp_g7@29  1
    p_g7@29   ramp_g7@30  -1
    p_g8@29   Obj       44.12
    p_g8@29   bal_b4@29  1
    p_g8@29   ramp_g8@29  1
    p_g8@29   ramp_g8@30  -1
    p_g9@29   Obj       60.4
    p_g9@29   bal_b4@29  1
    p_g9@29   ramp_g9@29  1
    p_g9@29   mustrun@29  1
    p_g9@29   ramp_g9@30  -1
    p_g10@29  Obj       57.07
    p_g10@29  bal_b5@29  1
    p_g10@29  ramp_g10@29  1
    p_g10@29  mustrun@29  1
    p_g10@29  ramp_g10@30  -1
    p_g11@29  Obj       39.72
    p_g11@29  bal_b5@29  1
    imp@29    Obj       46.85
    imp@29    bal_b5@29  1
    f_l0@29   bal_b0@29  -1
    f_l0@29   bal_b1@29  1
    f_l1@29   bal_b1@29  -1
    f_l1@29   bal_b2@29  1
    f_l2@29   bal_b1@29  -1
    f_l2@29   bal_b3@29  1
    f_l3@29   bal_b3@29  -1
    f_l3@29   bal_b4@29  1
    f_l4@29   bal_b2@29  -1
    f_l4@29   bal_b5@29  1
    f_l5@29   bal_b0@29  -1
    f_l5@29   bal_b3@29  1
    f_l6@29   bal_b0@29  -1
    f_l6@29   bal_b1@29  1
    ch_s0@29  bal_b4@29  -1
    ch_s0@29  soc_s0@29  -0.9243
    dis_s0@29  Obj       0.1
    dis_s0@29  bal_b4@29  1
    dis_s0@29  soc_s0@29  1.0699
    soc_s0@29  soc_s0@29  1
    soc_s0@29  soc_s0@30  -0.9988
    ch_s1@29  bal_b5@29  -1
    ch_s1@29  soc_s1@29  -0.9141
    dis_s1@29  Obj       0.1
    dis_s1@29  bal_b5@29  1
    dis_s1@29  soc_s1@29  1.0893
    soc_s1@29  soc_s1@29  1
    soc_s1@29  soc_s1@30  -0.9982
    ch_s2@29  bal_b3@29  -1
    ch_s2@29  soc_s2@29  -0.8892
    dis_s2@29  Obj       0.1
    dis_s2@29  bal_b3@29  1
    dis_s2@29  soc_s2@29  1.1057
    soc_s2@29  soc_s2@29  1
    soc_s2@29  soc_s2@30  -0.9971
    shed_b0@29  Obj       10000
    shed_b0@29  bal_b0@29  1
    shed_b1@29  Obj       10000
    shed_b1@29  bal_b1@29  1
    shed_b2@29  Obj       10000
    shed_b2@29  bal_b2@29  1
    shed_b3@29  Obj       10000
    shed_b3@29  bal_b3@29  1
    shed_b4@29  Obj       10000
    shed_b4@29  bal_b4@29  1
    shed_b5@29  Obj       10000
    shed_b5@29  bal_b5@29  1
    p_g0@30   Obj       15.54
    p_g0@30   bal_b0@30  1
    p_g0@30   ramp_g0@30  1
    p_g0@30   reserve@30  1
    p_g0@30   ramp_g0@31  -1
    p_g1@30   Obj       23.55
    p_g1@30   bal_b0@30  1
    p_g2@30   Obj       78.18
    p_g2@30   bal_b1@30  1
    p_g2@30   ramp_g2@30  1
    p_g2@30   reserve@30  1
    p_g2@30   ramp_g2@31  -1
    p_g3@30   Obj       16.25
    p_g3@30   bal_b1@30  1
    p_g3@30   ramp_g3@30  1
    p_g3@30   reserve@30  1
    p_g3@30   ramp_g3@31  -1
    p_g4@30   Obj       25.89
    p_g4@30   bal_b2@30  1
    p_g4@30   ramp_g4@30  1
    p_g4@30   ramp_g4@31  -1
    p_g5@30   Obj       76.68
    p_g5@30   bal_b2@30  1
    p_g5@30   ramp_g5@30  1
    p_g5@30   ramp_g5@31  -1
    p_g6@30   Obj       17.76
    p_g6@30   bal_b3@30  1
    p_g7@30   Obj       21.95
    p_g7@30   bal_b3@30  1
    p_g7@30   ramp_g7@30  1
    p_g7@30   ramp_g7@31  -1
    p_g8@30   Obj       44.12
    p_g8@30   bal_b4@30  1
    p_g8@30   ramp_g8@30  1
    p_g8@30   ramp_g8@31  -1
    p_g9@30   Obj       60.4
    p_g9@30   bal_b4@30  1
    p_g9@30   ramp_g9@30  1
    p_g9@30   mustrun@30  1
    p_g9@30   ramp_g9@31  -1
    p_g10@30  Obj       57.07
    p_g10@30  bal_b5@30  1
    p_g10@30  ramp_g10@30  1
    p_g10@30  mustrun@30  1
    p_g10@30  ramp_g10@31  -1
    p_g11@30  Obj       39.72
    p_g11@30  bal_b5@30  1
    imp@30    Obj       46.85
    imp@30    bal_b5@30  1
    f_l0@30   bal_b0@30  -1
    f_l0@30   bal_b1@30  1
    f_l1@30   bal_b1@30  -1
    f_l1@30   bal_b2@30  1
    f_l2@30   bal_b1@30  -1
    f_l2@30   bal_b3@30  1
    f_l3@30   bal_b3@30  -1
    f_l3@30   bal_b4@30  1
    f_l4@30   bal_b2@30  -1
    f_l4@30   bal_b5@30  1
    f_l5@30   bal_b0@30  -1
    f_l5@30   bal_b3@30  1
    f_l6@30   bal_b0@30  -1
    f_l6@30   bal_b1@30  1
    ch_s0@30  bal_b4@30  -1
    ch_s0@30  soc_s0@30  -0.9243
    dis_s0@30  Obj       0.1
    dis_s0@30  bal_b4@30  1
    dis_s0@30  soc_s0@30  1.0699
    soc_s0@30  soc_s0@30  1
    soc_s0@30  soc_s0@31  -0.9988
    ch_s1@30  bal_b5@30  -1
    ch_s1@30  soc_s1@30  -0.9141
    dis_s1@30  Obj       0.1
    dis_s1@30  bal_b5@30  1
    dis_s1@30  soc_s1@30  1.0893
    soc_s1@30  soc_s1@30  1
    soc_s1@30  soc_s1@31  -0.9982
    ch_s2@30  bal_b3@30  -1
    ch_s2@30  soc_s2@30  -0.8892
    dis_s2@30  Obj       0.1
    dis_s2@30  bal_b3@30  1
    dis_s2@30  soc_s2@30  1.1057
    soc_s2@30  soc_s2@30  1
    soc_s2@30  soc_s2@31  -0.9971
    shed_b0@30  Obj       10000
    shed_b0@30  bal_b0@30  1
    shed_b1@30  Obj       10000
    shed_b1@30  bal_b1@30  1
    shed_b2@30  Obj       10000
    shed_b2@30  bal_b2@30  1
    shed_b3@30  Obj       10000
    shed_b3@30  bal_b3@30  1
    shed_b4@30  Obj       10000
    shed_b4@30  bal_b4@30  1
    shed_b5@30  Obj       10000
    shed_b5@30  bal_b5@30  1
    p_g0@31   Obj       15.54
    p_g0@31   bal_b0@31  1
    p_g0@31   ramp_g0@31  1
    p_g0@31   reserve@31  1
    p_g0@31   ramp_g0@32  -1
    p_g1@31   Obj       23.55
    p_g1@31   bal_b0@31  1
    p_g2@31   Obj       78.18
    p_g2@31   bal_b1@31  1
    p_g2@31   ramp_g2@31  1
    p_g2@31   reserve@31  1
    p_g2@31   ramp_g2@32  -1
    p_g3@31   Obj       16.25
    p_g3@31   bal_b1@31  1
    p_g3@31   ramp_g3@31  1
    p_g3@31   reserve@31  1
    p_g3@31   ramp_g3@32  -1
    p_g4@31   Obj       25.89
    p_g4@31   bal_b2@31  1
    p_g4@31   ramp_g4@31  1
    p_g4@31   ramp_g4@32  -1
    p_g5@31   Obj       76.68
    p_g5@31   bal_b2@31  1
    p_g5@31   ramp_g5@31  1
    p_g5@31   ramp_g5@32  -1
    p_g6@31   Obj       17.76
    p_g6@31   bal_b3@31  1
    p_g7@31   Obj       21.95
    p_g7@31   bal_b3@31  1
    p_g7@31   ramp_g7@31  1
    p_g7@31   ramp_g7@32  -1
    p_g8@31   Obj       44.12
    p_g8@31   bal_b4@31  1
    p_g8@31   ramp_g8@31  1
    p_g8@31   ramp_g8@32  -1
    p_g9@31   Obj       60.4
    p_g9@31   bal_b4@31  1
    p_g9@31   ramp_g9@31  1
    p_g9@31   mustrun@31  1
    p_g9@31   ramp_g9@32  -1
    p_g10@31  Obj       57.07
    p_g10@31  bal_b5@31  1
    p_g10@31  ramp_g10@31  1
    p_g10@31  mustrun@31  1
    p_g10@31  ramp_g10@32  -1
    p_g11@31  Obj       39.72
    p_g11@31  bal_b5@31  1
    imp@31    Obj       46.85
    imp@31    bal_b5@31  1
    f_l0@31   bal_b0@31  -1
    f_l0@31   bal_b1@31  1
    f_l1@31   bal_b1@31  -1
    f_l1@31   bal_b2@31  1
    f_l2@31   bal_b1@31  -1
    f_l2@31   bal_b3@31  1
    f_l3@31   bal_b3@31  -1
    f_l3@31   bal_b4@31  1
    f_l4@31   bal_b2@31  -1
    f_l4@31   bal_b5@31  1
    f_l5@31   bal_b0@31  -1
    f_l5@31   bal_b3@31  1
    f_l6@31   bal_b0@31  -1
    f_l6@31   bal_b1@31  1
    ch_s0@31  bal_b4@31  -1
    ch_s0@31  soc_s0@31  -0.9243
    dis_s0@31  Obj       0.1
    dis_s0@31  bal_b4@31  1
    dis_s0@31  soc_s0@31  1.0699
    soc_s0@31  soc_s0@31  1
    soc_s0@31  soc_s0@32  -0.9988
    ch_s1@31  bal_b5@31  -1
    ch_s1@31  soc_s1@31  -0.9141
    dis_s1@31  Obj       0.1
    dis_s1@31  bal_b5@31  1
    dis_s1@31  soc_s1@31  1.0893
    soc_s1@31  soc_s1@31  1
    soc_s1@31  soc_s1@32  -0.9982
    ch_s2@31  bal_b3@31  -1
    ch_s2@31  soc_s2@31  -0.8892
    dis_s2@31  Obj       0.1
    dis_s2@31  bal_b3@31  1
    dis_s2@31  soc_s2@31  1.1057
    soc_s2@31  soc_s2@31  1
    soc_s2@31  soc_s2@32  -0.9971
    shed_b0@31  Obj       10000
    shed_b0@31  bal_b0@31  1
    shed_b1@31  Obj       10000
    shed_b1@31  bal_b1@31  1
    shed_b2@31  Obj       10000
    shed_b2@31  bal_b2@31  1
    shed_b3@31  Obj       10000
    shed_b3@31  bal_b3@31  1
    shed_b4@31  Obj       10000
    shed_b4@31  bal_b4@31  1
    shed_b5@31  Obj       10000
    shed_b5@31  bal_b5@31  1
    p_g0@32   Obj       15.54
    p_g0@32   bal_b0@32  1
    p_g0@32   ramp_g0@32  1
    p_g0@32   reserve@32  1
    p_g0@32   ramp_g0@33  -1
    p_g1@32   Obj       23.55
    p_g1@32   bal_b0@32  1
    p_g2@32   Obj       78.18
    p_g2@32   bal_b1@32  1
    p_g2@32   ramp_g2@32  1
    p_g2@32   reserve@32  1
    p_g2@32   ramp_g2@33  -1
    p_g3@32   Obj       16.25
    p_g3@32   bal_b1@32  1
    p_g3@32   ramp_g3@32  1
    p_g3@32   reserve@32  1
    p_g3@32   ramp_g3@33  -1
    p_g4@32   Obj       25.89
    p_g4@32   bal_b2@32  1
    p_g4@32   ramp_g4@32  1
    p_g4@32   ramp_g4@33  -1
    p_g5@32   Obj       76.68
    p_g5@32   bal_b2@32  1
    p_g5@32   ramp_g5@32  1
    p_g5@32   ramp_g5@33  -1
    p_g6@32   Obj       17.76
    p_g6@32   bal_b3@32  1
    p_g7@32   Obj       21.95
    p_g7@32   bal_b3@32  1
    p_g7@32   ramp_g7@32  1
    p_g7@32   ramp_g7@33  -1
    p_g8@32   Obj       44.12
    p_g8@32   bal_b4@32  1
    p_g8@32   ramp_g8@32  1
    p_g8@32   ramp_g8@33  -1
    p_g9@32   Obj       60.4
    p_g9@32   bal_b4@32  1
    p_g9@32   ramp_g9@32  1
    p_g9@32   mustrun@32  1
    p_g9@32   ramp_g9@33  -1
    p_g10@32  Obj       57.07
    p_g10@32  bal_b5@32  1
    p_g10@32  ramp_g10@32  1
    p_g10@32  mustrun@32  1
    p_g10@32  ramp_g10@33  -1
    p_g11@32  Obj       39.72
    p_g11@32  bal_b5@32  1
    imp@32    Obj       46.85
    imp@32    bal_b5@32  1
    f_l0@32   bal_b0@32  -1
    f_l0@32   bal_b1@32  1
    f_l1@32   bal_b1@32  -1
    f_l1@32   bal_b2@32  1
    f_l2@32   bal_b1@32  -1
    f_l2@32   bal_b3@32  1
    f_l3@32   bal_b3@32  -1
    f_l3@32   bal_b4@32  1
    f_l4@32   bal_b2@32  -1
    f_l4@32   bal_b5@32  1
    f_l5@32   bal_b0@32  -1
    f_l5@32   bal_b3@32  1
    f_l6@32   bal_b0@32  -1
    f_l6@32   bal_b1@32  1
    ch_s0@32  bal_b4@32  -1
    ch_s0@32  soc_s0@32  -0.9243
    dis_s0@32  Obj       0.1
    dis_s0@32  bal_b4@32  1
    dis_s0@32  soc_s0@32  1.0699
    soc_s0@32  soc_s0@32  1
    soc_s0@32  soc_s0@33  -0.9988
    ch_s1@32  bal_b5@32  -1
    ch_s1@32  soc_s1@32  -0.9141
    dis_s1@32  Obj       0.1
    dis_s1@32  bal_b5@32  1
    dis_s1@32  soc_s1@32  1.0893
    soc_s1@32  soc_s1@32  1
    soc_s1@32  soc_s1@33  -0.9982
    ch_s2@32  bal_b3@32  -1
    ch_s2@32  soc_s2@32  -0.8892
    dis_s2@32  Obj       0.1
    dis_s2@32  bal_b3@32  1
    dis_s2@32  soc_s2@32  1.1057
    soc_s2@32  soc_s2@32  1
    soc_s2@32  soc_s2@33  -0.9971
    shed_b0@32  Obj       10000
    shed_b0@32  bal_b0@32  1
    shed_b1@32  Obj       10000
    shed_b1@32  bal_b1@32  1
    shed_b2@32  Obj       10000
    shed_b2@32  bal_b2@32  1
    shed_b3@32  Obj       10000
    shed_b3@32  bal_b3@32  1
    shed_b4@32  Obj       10000
    shed_b4@32  bal_b4@32  1
    shed_b5@32  Obj       10000
    shed_b5@32  bal_b5@32  1
    p_g0@33   Obj       15.54
    p_g0@33   bal_b0@33  1
    p_g0@33   ramp_g0@33  1
    p_g0@33   reserve@33  1
    p_g0@33   ramp_g0@34  -1
    p_g1@33   Obj       23.55
    p_g1@33   bal_b0@33  1
    p_g2@33   Obj       78.18
    p_g2@33   bal_b1@33  1
    p_g2@33   ramp_g2@33  1
    p_g2@33   reserve@33  1
    p_g2@33   ramp_g2@34  -1
    p_g3@33   Obj       16.25
    p_g3@33   bal_b1@33  1
    p_g3@33   ramp_g3@33  1
    p_g3@33   reserve@33  1
    p_g3@33   ramp_g3@34  -1
    p_g4@33   Obj       25.89
    p_g4@33   bal_b2@33  1
    p_g4@33   ramp_g4@33  1
    p_g4@33   ramp_g4@34  -1
    p_g5@33   Obj       76.68
    p_g5@33   bal_b2@33  1
    p_g5@33   ramp_g5@33  1
    p_g5@33   ramp_g5@34  -1
    p_g6@33   Obj       17.76
    p_g6@33   bal_b3@33  1
    p_g7@33   Obj       21.95
    p_g7@33   bal_b3@33  1
    p_g7@33   ramp_g7@33  1
    p_g7@33   ramp_g7@34  -1
    p_g8@33   Obj       44.12
    p_g8@33   bal_b4@33  1
    p_g8@33   ramp_g8@33  1
    p_g8@33   ramp_g8@34  -1
    p_g9@33   Obj       60.4
    p_g9@33   bal_b4@33  1
    p_g9@33   ramp_g9@33  1
    p_g9@33   mustrun@33  1
    p_g9@33   ramp_g9@34  -1
    p_g10@33  Obj       57.07
    p_g10@33  bal_b5@33  1
    p_g10@33  ramp_g10@33  1
    p_g10@33  mustrun@33  1
    p_g10@33  ramp_g10@34  -1
    p_g11@33  Obj       39.72
    p_g11@33  bal_b5@33  1
    imp@33    Obj       46.85
    imp@33    bal_b5@33  1
    f_l0@33   bal_b0@33  -1
    f_l0@33   bal_b1@33  1
    f_l1@33   bal_b1@33  -1
    f_l1@33   bal_b2@33  1
    f_l2@33   bal_b1@33  -1
    f_l2@33   bal_b3@33  1
    f_l3@33   bal_b3@33  -1
    f_l3@33   bal_b4@33  1
    f_l4@33   bal_b2@33  -1
    f_l4@33   bal_b5@33  1
    f_l5@33   bal_b0@33  -1
    f_l5@33   bal_b3@33  1
    f_l6@33   bal_b0@33  -1
    f_l6@33   bal_b1@33  1
    ch_s0@33  bal_b4@33  -1
    ch_s0@33  soc_s0@33  -0.9243
    dis_s0@33  Obj       0.1
    dis_s0@33  bal_b4@33  1
    dis_s0@33  soc_s0@33  1.0699
    soc_s0@33  soc_s0@33  1
    soc_s0@33  soc_s0@34  -0.9988
    ch_s1@33  bal_b5@33  -1
    ch_s1@33  soc_s1@33  -0.9141
    dis_s1@33  Obj       0.1
    dis_s1@33  bal_b5@33  1
    dis_s1@33  soc_s1@33  1.0893
    soc_s1@33  soc_s1@33  1
    soc_s1@33  soc_s1@34  -0.9982
    ch_s2@33  bal_b3@33  -1
    ch_s2@33  soc_s2@33  -0.8892
    dis_s2@33  Obj       0.1
    dis_s2@33  bal_b3@33  1
    dis_s2@33  soc_s2@33  1.1057
    soc_s2@33  soc_s2@33  1
    soc_s2@33  soc_s2@34  -0.9971
    shed_b0@33  Obj       10000
    shed_b0@33  bal_b0@33  1
    shed_b1@33  Obj       10000
    shed_b1@33  bal_b1@33  1
    shed_b2@33  Obj       10000
    shed_b2@33  bal_b2@33  1
    shed_b3@33  Obj       10000
    shed_b3@33  bal_b3@33  1
    shed_b4@33  Obj       10000
    shed_b4@33  bal_b4@33  1
    shed_b5@33  Obj       10000
    shed_b5@33  bal_b5@33  1
    p_g0@34   Obj       15.54
    p_g0@34   bal_b0@34  1
    p_g0@34   ramp_g0@34  1
    p_g0@34   reserve@34  1
    p_g0@34   ramp_g0@35  -1
    p_g1@34   Obj       23.55
    p_g1@34   bal_b0@34  1
    p_g2@34   Obj       78.18
    p_g2@34   bal_b1@34  1
    p_g2@34   ramp_g2@34  1
    p_g2@34   reserve@34  1
    p_g2@34   ramp_g2@35  -1
    p_g3@34   Obj       16.25
    p_g3@34   bal_b1@34  1
    p_g3@34   ramp_g3@34  1
    p_g3@34   reserve@34  1
    p_g3@34   ramp_g3@35  -1
    p_g4@34   Obj       25.89
    p_g4@34   bal_b2@34  1
    p_g4@34   ramp_g4@34  1
    p_g4@34   ramp_g4@35  -1
    p_g5@34   Obj       76.68
    p_g5@34   bal_b2@34  1
    p_g5@34   ramp_g5@34  1
    p_g5@34   ramp_g5@35  -1
    p_g6@34   Obj       17.76
    p_g6@34   bal_b3@34  1
    p_g7@34   Obj       21.95
    p_g7@34   bal_b3@34  1
    p_g7@34   ramp_g7@34  1
    p_g7@34   ramp_g7@35  -1
    p_g8@34   Obj       44.12
    p_g8@34   bal_b4@34  1
    p_g8@34   ramp_g8@34  1
    p_g8@34   ramp_g8@35  -1
    p_g9@34   Obj       60.4
    p_g9@34   bal_b4@34  1
    p_g9@34   ramp_g9@34  1
    p_g9@34   mustrun@34  1
    p_g9@34   ramp_g9@35  -1
    p_g10@34  Obj       57.07
    p_g10@34  bal_b5@34  1
    p_g10@34  ramp_g10@34  1
    p_g10@34  mustrun@34  1
    p_g10@34  ramp_g10@35  -1
    p_g11@34  Obj       39.72
    p_g11@34  bal_b5@34  1
    imp@34    Obj       46.85
    imp@34    bal_b5@34  1
    f_l0@34   bal_b0@34  -1
    f_l0@34   bal_b1@34  1
    f_l1@34   bal_b1@34  -1
    f_l1@34   bal_b2@34  1
    f_l2@34   bal_b1@34  -1
    f_l2@34   bal_b3@34  1
    f_l3@34   bal_b3@34  -1
    f_l3@34   bal_b4@34  1
    f_l4@34   bal_b2@34  -1
    f_l4@34   bal_b5@34  1
    f_l5@34   bal_b0@34  -1
    f_l5@34   bal_b3@34  1
    f_l6@34   bal_b0@34  -1
    f_l6@34   bal_b1@34  1
    ch_s0@34  bal_b4@34  -1
    ch_s0@34  soc_s0@34  -0.9243
    dis_s0@34  Obj       0.1
    dis_s0@34  bal_b4@34  1
    dis_s0@34  soc_s0@34  1.0699
    soc_s0@34  soc_s0@34  1
    soc_s0@34  soc_s0@35  -0.9988
    ch_s1@34  bal_b5@34  -1
    ch_s1@34  soc_s1@34  -0.9141
    dis_s1@34  Obj       0.1
    dis_s1@34  bal_b5@34  1
    dis_s1@34  soc_s1@34  1.0893
    soc_s1@34  soc_s1@34  1
    soc_s1@34  soc_s1@35  -0.9982
    ch_s2@34  bal_b3@34  -1
    ch_s2@34  soc_s2@34  -0.8892
    dis_s2@34  Obj       0.1
    dis_s2@34  bal_b3@34  1
    dis_s2@34  soc_s2@34  1.1057
    soc_s2@34  soc_s2@34  1
    soc_s2@34  soc_s2@35  -0.9971
    shed_b0@34  Obj       10000
    shed_b0@34  bal_b0@34  1
    shed_b1@34  Obj       10000
    shed_b1@34  bal_b1@34  1
    shed_b2@34  Obj       10000
    shed_b2@34  bal_b2@34  1
    shed_b3@34  Obj       10000
    shed_b3@34  bal_b3@34  1
    shed_b4@34  Obj       10000
    shed_b4@34  bal_b4@34  1
    shed_b5@34  Obj       10000
    shed_b5@34  bal_b5@34  1
    p_g0@35   Obj       15.54
    p_g0@35   bal_b0@35  1
    p_g0@35   ramp_g0@35  1
    p_g0@35   reserve@35  1
    p_g0@35   ramp_g0@36  -1
    p_g1@35   Obj       23.55
    p_g1@35   bal_b0@35  1
    p_g2@35   Obj       78.18
    p_g2@35   bal_b1@35  1
    p_g2@35   ramp_g2@35  1
    p_g2@35   reserve@35  1
    p_g2@35   ramp_g2@36  -1
    p_g3@35   Obj       16.25
    p_g3@35   bal_b1@35  1
    p_g3@35   ramp_g3@35  1
    p_g3@35   reserve@35  1
    p_g3@35   ramp_g3@36  -1
    p_g4@35   Obj       25.89
    p_g4@35   bal_b2@35  1
    p_g4@35   ramp_g4@35  1
    p_g4@35   ramp_g4@36  -1
    p_g5@35   Obj       76.68
    p_g5@35   bal_b2@35  1
    p_g5@35   ramp_g5@35  1
    p_g5@35   ramp_g5@36  -1
    p_g6@35   Obj       17.76
    p_g6@35   bal_b3@35  1
    p_g7@35   Obj       21.95
    p_g7@35   bal_b3@35  1
    p_g7@35   ramp_g7@35  1
    p_g7@35   ramp_g7@36  -1
    p_g8@35   Obj       44.12
    p_g8@35   bal_b4@35  1
    p_g8@35   ramp_g8@35  1
    p_g8@35   ramp_g8@36  -1
    p_g9@35   Obj       60.4
    p_g9@35   bal_b4@35  1
    p_g9@35   ramp_g9@35  1
    p_g9@35   mustrun@35  1
    p_g9@35   ramp_g9@36  -1
    p_g10@35  Obj       57.07
    p_g10@35  bal_b5@35  1
    p_g10@35  ramp_g10@35  1
    p_g10@35  mustrun@35  1
    p_g10@35  ramp_g10@36  -1
    p_g11@35  Obj       39.72
    p_g11@35  bal_b5@35  1
    imp@35    Obj       46.85
    imp@35    bal_b5@35  1
    f_l0@35   bal_b0@35  -1
    f_l0@35   bal_b1@35  1
    f_l1@35   bal_b1@35  -1
    f_l1@35   bal_b2@35  1
    f_l2@35   bal_b1@35  -1
    f_l2@35   bal_b3@35  1
    f_l3@35   bal_b3@35  -1
    f_l3@35   bal_b4@35  1
    f_l4@35   bal_b2@35  -1
    f_l4@35   bal_b5@35  1
    f_l5@35   bal_b0@35  -1
    f_l5@35   bal_b3@35  1
    f_l6@35   bal_b0@35  -1
    f_l6@35   bal_b1@35  1
    ch_s0@35  bal_b4@35  -1
    ch_s0@35  soc_s0@35  -0.9243
    dis_s0@35  Obj       0.1
    dis_s0@35  bal_b4@35  1
    dis_s0@35  soc_s0@35  1.0699
    soc_s0@35  soc_s0@35  1
    soc_s0@35  soc_s0@36  -0.9988
    ch_s1@35  bal_b5@35  -1
    ch_s1@35  soc_s1@35  -0.9141
    dis_s1@35  Obj       0.1
    dis_s1@35  bal_b5@35  1
    dis_s1@35  soc_s1@35  1.0893
    soc_s1@35  soc_s1@35  1
    soc_s1@35  soc_s1@36  -0.9982
    ch_s2@35  bal_b3@35  -1
    ch_s2@35  soc_s2@35  -0.8892
    dis_s2@35  Obj       0.1
    dis_s2@35  bal_b3@35  1
    dis_s2@35  soc_s2@35  1.1057
    soc_s2@35  soc_s2@35  1
    soc_s2@35  soc_s2@36  -0.9971
    shed_b0@35  Obj       10000
    shed_b0@35  bal_b0@35  1
    shed_b1@35  Obj       10000
    shed_b1@35  bal_b1@35  1
    shed_b2@35  Obj       10000
    shed_b2@35  bal_b2@35  1
    shed_b3@35  Obj       10000
    shed_b3@35  bal_b3@35  1
    shed_b4@35  Obj       10000
    shed_b4@35  bal_b4@35  1
    shed_b5@35  Obj       10000
    shed_b5@35  bal_b5@35  1
    p_g0@36   Obj       15.54
    p_g0@36   bal_b0@36  1
    p_g0@36   ramp_g0@36  1
    p_g0@36   reserve@36  1
    p_g0@36   ramp_g0@37  -1
    p_g1@36   Obj       23.55
    p_g1@36   bal_b0@36  1
    p_g2@36   Obj       78.18
    p_g2@36   bal_b1@36  1
    p_g2@36   ramp_g2@36  1
    p_g2@36   reserve@36  1
    p_g2@36   ramp_g2@37  -1
    p_g3@36   Obj       16.25
    p_g3@36   bal_b1@36  1
    p_g3@36   ramp_g3@36  1
    p_g3@36   reserve@36  1
    p_g3@36   ramp_g3@37  -1
    p_g4@36   Obj       25.89
    p_g4@36   bal_b2@36  1
    p_g4@36   ramp_g4@36  1
    p_g4@36   ramp_g4@37  -1
    p_g5@36   Obj       76.68
    p_g5@36   bal_b2@36  1
    p_g5@36   ramp_g5@36  1
    p_g5@36   ramp_g5@37  -1
    p_g6@36   Obj       17.76
    p_g6@36   bal_b3@36  1
    p_g7@36   Obj       21.95
    p_g7@36   bal_b3@36  1
    p_g7@36   ramp_g7@36  1
    p_g7@36   ramp_g7@37  -1
    p_g8@36   Obj       44.12
    p_g8@36   bal_b4@36  1
    p_g8@36   ramp_g8@36  1
    p_g8@36   ramp_g8@37  -1
    p_g9@36   Obj       60.4
    p_g9@36   bal_b4@36  1
    p_g9@36   ramp_g9@36  1
    p_g9@36   mustrun@36  1
    p_g9@36   ramp_g9@37  -1
    p_g10@36  Obj       57.07
    p_g10@36  bal_b5@36  1
    p_g10@36  ramp_g10@36  1
    p_g10@36  mustrun@36  1
    p_g10@36  ramp_g10@37  -1
    p_g11@36  Obj       39.72
    p_g11@36  bal_b5@36  1
    imp@36    Obj       46.85
    imp@36    bal_b5@36  1
    f_l0@36   bal_b0@36  -1
    f_l0@36   bal_b1@36  1
    f_l1@36   bal_b1@36  -1
    f_l1@36   bal_b2@36  1
    f_l2@36   bal_b1@36  -1
    f_l2@36   bal_b3@36  1
    f_l3@36   bal_b3@36  -1
    f_l3@36   bal_b4@36  1
    f_l4@36   bal_b2@36  -1
    f_l4@36   bal_b5@36  1
    f_l5@36   bal_b0@36  -1
    f_l5@36   bal_b3@36  1
    f_l6@36   bal_b0@36  -1
    f_l6@36   bal_b1@36  1
    ch_s0@36  bal_b4@36  -1
    ch_s0@36  soc_s0@36  -0.9243
    dis_s0@36  Obj       0.1
    dis_s0@36  bal_b4@36  1
    dis_s0@36  soc_s0@36  1.0699
    soc_s0@36  soc_s0@36  1
    soc_s0@36  soc_s0@37  -0.9988
    ch_s1@36  bal_b5@36  -1
    ch_s1@36  soc_s1@36  -0.9141
    dis_s1@36  Obj       0.1
    dis_s1@36  bal_b5@36  1
    dis_s1@36  soc_s1@36  1.0893
    soc_s1@36  soc_s1@36  1
    soc_s1@36  soc_s1@37  -0.9982
    ch_s2@36  bal_b3@36  -1
    ch_s2@36  soc_s2@36  -0.8892
    dis_s2@36  Obj       0.1
    dis_s2@36  bal_b3@36  1
    dis_s2@36  soc_s2@36  1.1057
    soc_s2@36  soc_s2@36  1
    soc_s2@36  soc_s2@37  -0.9971
    shed_b0@36  Obj       10000
    shed_b0@36  bal_b0@36  1
    shed_b1@36  Obj       10000
    shed_b1@36  bal_b1@36  1
    shed_b2@36  Obj       10000
    shed_b2@36  bal_b2@36  1
    shed_b3@36  Obj       10000
    shed_b3@36  bal_b3@36  1
    shed_b4@36  Obj       10000
    shed_b4@36  bal_b4@36  1
    shed_b5@36  Obj       10000
    shed_b5@36  bal_b5@36  1
    p_g0@37   Obj       15.54
    p_g0@37   bal_b0@37  1
    p_g0@37   ramp_g0@37  1
    p_g0@37   reserve@37  1
    p_g0@37   ramp_g0@38  -1
    p_g1@37   Obj       23.55
    p_g1@37   bal_b0@37  1
    p_g2@37   Obj       78.18
    p_g2@37   bal_b1@37  1
    p_g2@37   ramp_g2@37  1
    p_g2@37   reserve@37  1
    p_g2@37   ramp_g2@38  -1
    p_g3@37   Obj       16.25
    p_g3@37   bal_b1@37  1
    p_g3@37   ramp_g3@37  1
    p_g3@37   reserve@37  1
    p_g3@37   ramp_g3@38  -1
    p_g4@37   Obj       25.89
    p_g4@37   bal_b2@37  1
    p_g4@37   ramp_g4@37  1
    p_g4@37   ramp_g4@38  -1
    p_g5@37   Obj       76.68
    p_g5@37   bal_b2@37  1
    p_g5@37   ramp_g5@37  1
    p_g5@37   ramp_g5@38  -1
    p_g6@37   Obj       17.76
    p_g6@37   bal_b3@37  1
    p_g7@37   Obj       21.95
    p_g7@37   bal_b3@37  1
    p_g7@37   ramp_g7@37  1
    p_g7@37   ramp_g7@38  -1
    p_g8@37   Obj       44.12
    p_g8@37   bal_b4@37  1
    p_g8@37   ramp_g8@37  1
    p_g8@37   ramp_g8@38  -1
    p_g9@37   Obj       60.4
    p_g9@37   bal_b4@37  1
    p_g9@37   ramp_g9@37  1
    p_g9@37   mustrun@37  1
    p_g9@37   ramp_g9@38  -1
    p_g10@37  Obj       57.07
    p_g10@37  bal_b5@37  1
    p_g10@37  ramp_g10@37  1
    p_g10@37  mustrun@37  1
    p_g10@37  ramp_g10@38  -1
    p_g11@37  Obj       39.72
    p_g11@37  bal_b5@37  1
    imp@37    Obj       46.85
    imp@37    bal_b5@37  1
    f_l0@37   bal_b0@37  -1
    f_l0@37   bal_b1@37  1
    f_l1@37   bal_b1@37  -1
    f_l1@37   bal_b2@37  1
    f_l2@37   bal_b1@37  -1
    f_l2@37   bal_b3@37  1
    f_l3@37   bal_b3@37  -1
    f_l3@37   bal_b4@37  1
    f_l4@37   bal_b2@37  -1
    f_l4@37   bal_b5@37  1
    f_l5@37   bal_b0@37  -1
    f_l5@37   bal_b3@37  1
    f_l6@37   bal_b0@37  -1
    f_l6@37   bal_b1@37  1
    ch_s0@37  bal_b4@37  -1
    ch_s0@37  soc_s0@37  -0.9243
    dis_s0@37  Obj       0.1
    dis_s0@37  bal_b4@37  1
    dis_s0@37  soc_s0@37  1.0699
    soc_s0@37  soc_s0@37  1
    soc_s0@37  soc_s0@38  -0.9988
    ch_s1@37  bal_b5@37  -1
    ch_s1@37  soc_s1@37  -0.9141
    dis_s1@37  Obj       0.1
    dis_s1@37  bal_b5@37  1
    dis_s1@37  soc_s1@37  1.0893
    soc_s1@37  soc_s1@37  1
    soc_s1@37  soc_s1@38  -0.9982
    ch_s2@37  bal_b3@37  -1
    ch_s2@37  soc_s2@37  -0.8892
    dis_s2@37  Obj       0.1
    dis_s2@37  bal_b3@37  1
    dis_s2@37  soc_s2@37  1.1057
    soc_s2@37  soc_s2@37  1
    soc_s2@37  soc_s2@38  -0.9971
    shed_b0@37  Obj       10000
    shed_b0@37  bal_b0@37  1
    shed_b1@37  Obj       10000
    shed_b1@37  bal_b1@37  1
    shed_b2@37  Obj       10000
    shed_b2@37  bal_b2@37  1
    shed_b3@37  Obj       10000
    shed_b3@37  bal_b3@37  1
    shed_b4@37  Obj       10000
    shed_b4@37  bal_b4@37  1
    shed_b5@37  Obj       10000
    shed_b5@37  bal_b5@37  1
    p_g0@38   Obj       15.54
    p_g0@38   bal_b0@38  1
    p_g0@38   ramp_g0@38  1
    p_g0@38   reserve@38  1
    p_g0@38   ramp_g0@39  -1
    p_g1@38   Obj       23.55
    p_g1@38   bal_b0@38  1
    p_g2@38   Obj       78.18
    p_g2@38   bal_b1@38  1
    p_g2@38   ramp_g2@38  1
    p_g2@38   reserve@38  1
    p_g2@38   ramp_g2@39  -1
    p_g3@38   Obj       16.25
    p_g3@38   bal_b1@38  1
    p_g3@38   ramp_g3@38  1
    p_g3@38   reserve@38  1
    p_g3@38   ramp_g3@39  -1
    p_g4@38   Obj       25.89
    p_g4@38   bal_b2@38  1
    p_g4@38   ramp_g4@38  1
    p_g4@38   ramp_g4@39  -1
    p_g5@38   Obj       76.68
    p_g5@38   bal_b2@38  1
    p_g5@38   ramp_g5@38  1
    p_g5@38   ramp_g5@39  -1
    p_g6@38   Obj       17.76
    p_g6@38   bal_b3@38  1
    p_g7@38   Obj       21.95
    p_g7@38   bal_b3@38  1
    p_g7@38   ramp_g7@38  1
    p_g7@38   ramp_g7@39  -1
    p_g8@38   Obj       44.12
    p_g8@38   bal_b4@38  1
    p_g8@38   ramp_g8@38  1
    p_g8@38   ramp_g8@39  -1
    p_g9@38   Obj       60.4
    p_g9@38   bal_b4@38  1
    p_g9@38   ramp_g9@38  1
    p_g9@38   mustrun@38  1
    p_g9@38   ramp_g9@39  -1
    p_g10@38  Obj       57.07
    p_g10@38  bal_b5@38  1
    p_g10@38  ramp_g10@38  1
    p_g10@38  mustrun@38  1
    p_g10@38  ramp_g10@39  -1
    p_g11@38  Obj       39.72
    p_g11@38  bal_b5@38  1
    imp@38    Obj       46.85
    imp@38    bal_b5@38  1
    f_l0@38   bal_b0@38  -1
    f_l0@38   bal_b1@38  1
    f_l1@38   bal_b1@38  -1
    f_l1@38   bal_b2@38  1
    f_l2@38   bal_b1@38  -1
    f_l2@38   bal_b3@38  1
    f_l3@38   bal_b3@38  -1
    f_l3@38   bal_b4@38  1
    f_l4@38   bal_b2@38  -1
    f_l4@38   bal_b5@38  1
    f_l5@38   bal_b0@38  -1
    f_l5@38   bal_b3@38  1
    f_l6@38   bal_b0@38  -1
    f_l6@38   bal_b1@38  1
    ch_s0@38  bal_b4@38  -1
    ch_s0@38  soc_s0@38  -0.9243
    dis_s0@38  Obj       0.1
    dis_s0@38  bal_b4@38  1
    dis_s0@38  soc_s0@38  1.0699
    soc_s0@38  soc_s0@38  1
    soc_s0@38  soc_s0@39  -0.9988
    ch_s1@38  bal_b5@38  -1
    ch_s1@38  soc_s1@38  -0.9141
    dis_s1@38  Obj       0.1
    dis_s1@38  bal_b5@38  1
    dis_s1@38  soc_s1@38  1.0893
    soc_s1@38  soc_s1@38  1
    soc_s1@38  soc_s1@39  -0.9982
    ch_s2@38  bal_b3@38  -1
    ch_s2@38  soc_s2@38  -0.8892
    dis_s2@38  Obj       0.1
    dis_s2@38  bal_b3@38  1
    dis_s2@38  soc_s2@38  1.1057
    soc_s2@38  soc_s2@38  1
    soc_s2@38  soc_s2@39  -0.9971
    shed_b0@38  Obj       10000
    shed_b0@38  bal_b0@38  1
    shed_b1@38  Obj       10000
    shed_b1@38  bal_b1@38  1
    shed_b2@38  Obj       10000
    shed_b2@38  bal_b2@38  1
    shed_b3@38  Obj       10000
    shed_b3@38  bal_b3@38  1
    shed_b4@38  Obj       10000
    shed_b4@38  bal_b4@38  1
    shed_b5@38  Obj       10000
    shed_b5@38  bal_b5@38  1
    p_g0@39   Obj       15.54
    p_g0@39   bal_b0@39  1
    p_g0@39   ramp_g0@39  1
    p_g0@39   reserve@39  1
    p_g0@39   ramp_g0@40  -1
    p_g1@39   Obj       23.55
    p_g1@39   bal_b0@39  1
    p_g2@39   Obj       78.18
    p_g2@39   bal_b1@39  1
    p_g2@39   ramp_g2@39  1
    p_g2@39   reserve@39  1
    p_g2@39   ramp_g2@40  -1
    p_g3@39   Obj       16.25
    p_g3@39   bal_b1@39  1
    p_g3@39   ramp_g3@39  1
    p_g3@39   reserve@39  1
    p_g3@39   ramp_g3@40  -1
    p_g4@39   Obj       25.89
    p_g4@39   bal_b2@39  1
    p_g4@39   ramp_g4@39  1
    p_g4@39   ramp_g4@40  -1
    p_g5@39   Obj       76.68
    p_g5@39   bal_b2@39  1
    p_g5@39   ramp_g5@39  1
    p_g5@39   ramp_g5@40  -1
    p_g6@39   Obj       17.76
    p_g6@39   bal_b3@39  1
    p_g7@39   Obj       21.95
    p_g7@39   bal_b3@39  1
    p_g7@39   ramp_g7@39  1
    p_g7@39   ramp_g7@40  -1
    p_g8@39   Obj       44.12
    p_g8@39   bal_b4@39  1
    p_g8@39   ramp_g8@39  1
    p_g8@39   ramp_g8@40  -1
    p_g9@39   Obj       60.4
    p_g9@39   bal_b4@39  1
    p_g9@39   ramp_g9@39  1
    p_g9@39   mustrun@39  1
    p_g9@39   ramp_g9@40  -1
    p_g10@39  Obj       57.07
    p_g10@39  bal_b5@39  1
    p_g10@39  ramp_g10@39  1
    p_g10@39  mustrun@39  1
    p_g10@39  ramp_g10@40  -1
    p_g11@39  Obj       39.72
    p_g11@39  bal_b5@39  1
    imp@39    Obj       46.85
    imp@39    bal_b5@39  1
    f_l0@39   bal_b0@39  -1
    f_l0@39   bal_b1@39  1
    f_l1@39   bal_b1@39  -1
    f_l1@39   bal_b2@39  1
    f_l2@39   bal_b1@39  -1
    f_l2@39   bal_b3@39  1
    f_l3@39   bal_b3@39  -1
    f_l3@39   bal_b4@39  1
    f_l4@39   bal_b2@39  -1
    f_l4@39   bal_b5@39  1
    f_l5@39   bal_b0@39  -1
    f_l5@39   bal_b3@39  1
    f_l6@39   bal_b0@39  -1
    f_l6@39   bal_b1@39  1
    ch_s0@39  bal_b4@39  -1
    ch_s0@39  soc_s0@39  -0.9243
    dis_s0@39  Obj       0.1
    dis_s0@39  bal_b4@39  1
    dis_s0@39  soc_s0@39  1.0699
    soc_s0@39  soc_s0@39  1
    soc_s0@39  soc_s0@40  -0.9988
    ch_s1@39  bal_b5@39  -1
    ch_s1@39  soc_s1@39  -0.9141
    dis_s1@39  Obj       0.1
    dis_s1@39  bal_b5@39  1
    dis_s1@39  soc_s1@39  1.0893
    soc_s1@39  soc_s1@39  1
    soc_s1@39  soc_s1@40  -0.9982
    ch_s2@39  bal_b3@39  -1
    ch_s2@39  soc_s2@39  -0.8892
    dis_s2@39  Obj       0.1
    dis_s2@39  bal_b3@39  1
    dis_s2@39  soc_s2@39  1.1057
    soc_s2@39  soc_s2@39  1
    soc_s2@39  soc_s2@40  -0.9971
    shed_b0@39  Obj       10000
    shed_b0@39  bal_b0@39  1
    shed_b1@39  Obj       10000
    shed_b1@39  bal_b1@39  1
    shed_b2@39  Obj       10000
    shed_b2@39  bal_b2@39  1
    shed_b3@39  Obj       10000
    shed_b3@39  bal_b3@39  1
    shed_b4@39  Obj       10000
    shed_b4@39  bal_b4@39  1
    shed_b5@39  Obj       10000
    shed_b5@39  bal_b5@39  1
    p_g0@40   Obj       15.54
    p_g0@40   bal_b0@40  1
    p_g0@40   ramp_g0@40  1
    p_g0@40   reserve@40  1
    p_g0@40   ramp_g0@41  -1
    p_g1@40   Obj       23.55
    p_g1@40   bal_b0@40  1
    p_g2@40   Obj       78.18
    p_g2@40   bal_b1@40  1
    p_g2@40   ramp_g2@40  1
    p_g2@40   reserve@40  1
    p_g2@40   ramp_g2@41  -1
    p_g3@40   Obj       16.25
    p_g3@40   bal_b1@40  1
    p_g3@40   ramp_g3@40  1
    p_g3@40   reserve@40  1
    p_g3@40   ramp_g3@41  -1
    p_g4@40   Obj       25.89
    p_g4@40   bal_b2@40  1
    p_g4@40   ramp_g4@40  1
    p_g4@40   ramp_g4@41  -1
    p_g5@40   Obj       76.68
    p_g5@40   bal_b2@40  1
    p_g5@40   ramp_g5@40  1
    p_g5@40   ramp_g5@41  -1
    p_g6@40   Obj       17.76
    p_g6@40   bal_b3@40  1
    p_g7@40   Obj       21.95
    p_g7@40   bal_b3@40  1
    p_g7@40   ramp_g7@40  1
    p_g7@40   ramp_g7@41  -1
    p_g8@40   Obj       44.12
    p_g8@40   bal_b4@40  1
    p_g8@40   ramp_g8@40  1
    p_g8@40   ramp_g8@41  -1
    p_g9@40   Obj       60.4
    p_g9@40   bal_b4@40  1
    p_g9@40   ramp_g9@40  1
    p_g9@40   mustrun@40  1
    p_g9@40   ramp_g9@41  -1
    p_g10@40  Obj       57.07
    p_g10@40  bal_b5@40  1
    p_g10@40  ramp_g10@40  1
    p_g10@40  mustrun@40  1
    p_g10@40  ramp_g10@41  -1
    p_g11@40  Obj       39.72
    p_g11@40  bal_b5@40  1
    imp@40    Obj       46.85
    imp@40    bal_b5@40  1
    f_l0@40   bal_b0@40  -1
    f_l0@40   bal_b1@40  1
    f_l1@40   bal_b1@40  -1
    f_l1@40   bal_b2@40  1
    f_l2@40   bal_b1@40  -1
    f_l2@40   bal_b3@40  1
    f_l3@40   bal_b3@40  -1
    f_l3@40   bal_b4@40  1
    f_l4@40   bal_b2@40  -1
    f_l4@40   bal_b5@40  1
    f_l5@40   bal_b0@40  -1
    f_l5@40   bal_b3@40  1
    f_l6@40   bal_b0@40  -1
    f_l6@40   bal_b1@40  1
    ch_s0@40  bal_b4@40  -1
    ch_s0@40  soc_s0@40  -0.9243
    dis_s0@40  Obj       0.1
    dis_s0@40  bal_b4@40  1
    dis_s0@40  soc_s0@40  1.0699
    soc_s0@40  soc_s0@40  1
    soc_s0@40  soc_s0@41  -0.9988
    ch_s1@40  bal_b5@40  -1
    ch_s1@40  soc_s1@40  -0.9141
    dis_s1@40  Obj       0.1
    dis_s1@40  bal_b5@40  1
    dis_s1@40  soc_s1@40  1.0893
    soc_s1@40  soc_s1@40  1
    soc_s1@40  soc_s1@41  -0.9982
    ch_s2@40  bal_b3@40  -1
    ch_s2@40  soc_s2@40  -0.8892
    dis_s2@40  Obj       0.1
    dis_s2@40  bal_b3@40  1
    dis_s2@40  soc_s2@40  1.1057
    soc_s2@40  soc_s2@40  1
    soc_s2@40  soc_s2@41  -0.9971
    shed_b0@40  Obj       10000
    shed_b0@40  bal_b0@40  1
    shed_b1@40  Obj       10000
    shed_b1@40  bal_b1@40  1
    shed_b2@40  Obj       10000
    shed_b2@40  bal_b2@40  1
    shed_b3@40  Obj       10000
    shed_b3@40  bal_b3@40  1
    shed_b4@40  Obj       10000
    shed_b4@40  bal_b4@40  1
    shed_b5@40  Obj       10000
    shed_b5@40  bal_b5@40  1
    p_g0@41   Obj       15.54
    p_g0@41   bal_b0@41  1
    p_g0@41   ramp_g0@41  1
    p_g0@41   reserve@41  1
    p_g0@41   ramp_g0@42  -1
    p_g1@41   Obj       23.55
    p_g1@41   bal_b0@41  1
    p_g2@41   Obj       78.18
    p_g2@41   bal_b1@41  1
    p_g2@41   ramp_g2@41  1
    p_g2@41   reserve@41  1
    p_g2@41   ramp_g2@42  -1
    p_g3@41   Obj       16.25
    p_g3@41   bal_b1@41  1
    p_g3@41   ramp_g3@41  1
    p_g3@41   reserve@41  1
    p_g3@41   ramp_g3@42  -1
    p_g4@41   Obj       25.89
    p_g4@41   bal_b2@41  1
    p_g4@41   ramp_g4@41  1
    p_g4@41   ramp_g4@42  -1
    p_g5@41   Obj       76.68
    p_g5@41   bal_b2@41  1
    p_g5@41   ramp_g5@41  1
    p_g5@41   ramp_g5@42  -1
    p_g6@41   Obj       17.76
    p_g6@41   bal_b3@41  1
    p_g7@41   Obj       21.95
    p_g7@41   bal_b3@41  1
    p_g7@41   ramp_g7@41  1
    p_g7@41   ramp_g7@42  -1
    p_g8@41   Obj       44.12
    p_g8@41   bal_b4@41  1
    p_g8@41   ramp_g8@41  1
    p_g8@41   ramp_g8@42  -1
    p_g9@41   Obj       60.4
    p_g9@41   bal_b4@41  1
    p_g9@41   ramp_g9@41  1
    p_g9@41   mustrun@41  1
    p_g9@41   ramp_g9@42  -1
    p_g10@41  Obj       57.07
    p_g10@41  bal_b5@41  1
    p_g10@41  ramp_g10@41  1
    p_g10@41  mustrun@41  1
    p_g10@41  ramp_g10@42  -1
    p_g11@41  Obj       39.72
    p_g11@41  bal_b5@41  1
    imp@41    Obj       46.85
    imp@41    bal_b5@41  1
    f_l0@41   bal_b0@41  -1
    f_l0@41   bal_b1@41  1
    f_l1@41   bal_b1@41  -1
    f_l1@41   bal_b2@41  1
    f_l2@41   bal_b1@41  -1
    f_l2@41   bal_b3@41  1
    f_l3@41   bal_b3@41  -1
    f_l3@41   bal_b4@41  1
    f_l4@41   bal_b2@41  -1
    f_l4@41   bal_b5@41  1
    f_l5@41   bal_b0@41  -1
    f_l5@41   bal_b3@41  1
    f_l6@41   bal_b0@41  -1
    f_l6@41   bal_b1@41  1
    ch_s0@41  bal_b4@41  -1
    ch_s0@41  soc_s0@41  -0.9243
    dis_s0@41  Obj       0.1
    dis_s0@41  bal_b4@41  1
    dis_s0@41  soc_s0@41  1.0699
    soc_s0@41  soc_s0@41  1
    soc_s0@41  soc_s0@42  -0.9988
    ch_s1@41  bal_b5@41  -1
    ch_s1@41  soc_s1@41  -0.9141
    dis_s1@41  Obj       0.1
    dis_s1@41  bal_b5@41  1
    dis_s1@41  soc_s1@41  1.0893
    soc_s1@41  soc_s1@41  1
    soc_s1@41  soc_s1@42  -0.9982
    ch_s2@41  bal_b3@41  -1
    ch_s2@41  soc_s2@41  -0.8892
    dis_s2@41  Obj       0.1
    dis_s2@41  bal_b3@41  1
    dis_s2@41  soc_s2@41  1.1057
    soc_s2@41  soc_s2@41  1
    soc_s2@41  soc_s2@42  -0.9971
    shed_b0@41  Obj       10000
    shed_b0@41  bal_b0@41  1
    shed_b1@41  Obj       10000
    shed_b1@41  bal_b1@41  1
    shed_b2@41  Obj       10000
    shed_b2@41  bal_b2@41  1
    shed_b3@41  Obj       10000
    shed_b3@41  bal_b3@41  1
    shed_b4@41  Obj       10000
    shed_b4@41  bal_b4@41  1
    shed_b5@41  Obj       10000
    shed_b5@41  bal_b5@41  1
    p_g0@42   Obj       15.54
    p_g0@42   bal_b0@42  1
    p_g0@42   ramp_g0@42  1
    p_g0@42   reserve@42  1
    p_g0@42   ramp_g0@43  -1
    p_g1@42   Obj       23.55
    p_g1@42   bal_b0@42  1
    p_g2@42   Obj       78.18
    p_g2@42   bal_b1@42  1
    p_g2@42   ramp_g2@42  1
    p_g2@42   reserve@42  1
    p_g2@42   ramp_g2@43  -1
    p_g3@42   Obj       16.25
    p_g3@42   bal_b1@42  1
    p_g3@42   ramp_g3@42  1
    p_g3@42   reserve@42  1
    p_g3@42   ramp_g3@43  -1
    p_g4@42   Obj       25.89
    p_g4@42   bal_b2@42  1
    p_g4@42   ramp_g4@42  1
    p_g4@42   ramp_g4@43  -1
    p_g5@42   Obj       76.68
    p_g5@42   bal_b2@42  1
    p_g5@42   ramp_g5@42  1
    p_g5@42   ramp_g5@43  -1
    p_g6@42   Obj       17.76
    p_g6@42   bal_b3@42  1
    p_g7@42   Obj       21.95
    p_g7@42   bal_b3@42  1
    p_g7@42   ramp_g7@42  1
    p_g7@42   ramp_g7@43  -1
    p_g8@42   Obj       44.12
    p_g8@42   bal_b4@42  1
    p_g8@42   ramp_g8@42  1
    p_g8@42   ramp_g8@43  -1
    p_g9@42   Obj       60.4
    p_g9@42   bal_b4@42  1
    p_g9@42   ramp_g9@42  1
    p_g9@42   mustrun@42  1
    p_g9@42   ramp_g9@43  -1
    p_g10@42  Obj       57.07
    p_g10@42  bal_b5@42  1
    p_g10@42  ramp_g10@42  1
    p_g10@42  mustrun@42  1
    p_g10@42  ramp_g10@43  -1
    p_g11@42  Obj       39.72
    p_g11@42  bal_b5@42  1
    imp@42    Obj       46.85
    imp@42    bal_b5@42  1
    f_l0@42   bal_b0@42  -1
    f_l0@42   bal_b1@42  1
    f_l1@42   bal_b1@42  -1
    f_l1@42   bal_b2@42  1
    f_l2@42   bal_b1@42  -1
    f_l2@42   bal_b3@42  1
    f_l3@42   bal_b3@42  -1
    f_l3@42   bal_b4@42  1
    f_l4@42   bal_b2@42  -1
    f_l4@42   bal_b5@42  1
    f_l5@42   bal_b0@42  -1
    f_l5@42   bal_b3@42  1
    f_l6@42   bal_b0@42  -1
    f_l6@42   bal_b1@42  1
    ch_s0@42  bal_b4@42  -1
    ch_s0@42  soc_s0@42  -0.9243
    dis_s0@42  Obj       0.1
    dis_s0@42  bal_b4@42  1
    dis_s0@42  soc_s0@42  1.0699
    soc_s0@42  soc_s0@42  1
    soc_s0@42  soc_s0@43  -0.9988
    ch_s1@42  bal_b5@42  -1
    ch_s1@42  soc_s1@42  -0.9141
    dis_s1@42  Obj       0.1
    dis_s1@42  bal_b5@42  1
    dis_s1@42  soc_s1@42  1.0893
    soc_s1@42  soc_s1@42  1
    soc_s1@42  soc_s1@43  -0.9982
    ch_s2@42  bal_b3@42  -1
    ch_s2@42  soc_s2@42  -0.8892
    dis_s2@42  Obj       0.1
    dis_s2@42  bal_b3@42  1
    dis_s2@42  soc_s2@42  1.1057
    soc_s2@42  soc_s2@42  1
    soc_s2@42  soc_s2@43  -0.9971
    shed_b0@42  Obj       10000
    shed_b0@42  bal_b0@42  1
    shed_b1@42  Obj       10000
    shed_b1@42  bal_b1@42  1
    shed_b2@42  Obj       10000
    shed_b2@42  bal_b2@42  1
    shed_b3@42  Obj       10000
    shed_b3@42  bal_b3@42  1
    shed_b4@42  Obj       10000
    shed_b4@42  bal_b4@42  1
    shed_b5@42  Obj       10000
    shed_b5@42  bal_b5@42  1
    p_g0@43   Obj       15.54
    p_g0@43   bal_b0@43  1
    p_g0@43   ramp_g0@43  1
    p_g0@43   reserve@43  1
    p_g0@43   ramp_g0@44  -1
    p_g1@43   Obj       23.55
    p_g1@43   bal_b0@43  1
    p_g2@43   Obj       78.18
    p_g2@43   bal_b1@43  1
    p_g2@43   ramp_g2@43  1
    p_g2@43   reserve@43  1
    p_g2@43   ramp_g2@44  -1
    p_g3@43   Obj       16.25
    p_g3@43   bal_b1@43  1
    p_g3@43   ramp_g3@43  1
    p_g3@43   reserve@43  1
    p_g3@43   ramp_g3@44  -1
    p_g4@43   Obj       25.89
    p_g4@43   bal_b2@43  1
    p_g4@43   ramp_g4@43  1
    p_g4@43   ramp_g4@44  -1
    p_g5@43   Obj       76.68
    p_g5@43   bal_b2@43  1
    p_g5@43   ramp_g5@43  1
    p_g5@43   ramp_g5@44  -1
    p_g6@43   Obj       17.76
    p_g6@43   bal_b3@43  1
    p_g7@43   Obj       21.95
    p_g7@43   bal_b3@43  1
    p_g7@43   ramp_g7@43  1
    p_g7@43   ramp_g7@44  -1
    p_g8@43   Obj       44.12
    p_g8@43   bal_b4@43  1
    p_g8@43   ramp_g8@43  1
    p_g8@43   ramp_g8@44  -1
    p_g9@43   Obj       60.4
    p_g9@43   bal_b4@43  1
    p_g9@43   ramp_g9@43  1
    p_g9@43   mustrun@43  1
    p_g9@43   ramp_g9@44  -1
    p_g10@43  Obj       57.07
    p_g10@43  bal_b5@43  1
    p_g10@43  ramp_g10@43  1
    p_g10@43  mustrun@43  1
    p_g10@43  ramp_g10@44  -1
    p_g11@43  Obj       39.72
    p_g11@43  bal_b5@43  1
    imp@43    Obj       46.85
    imp@43    bal_b5@43  1
    f_l0@43   bal_b0@43  -1
    f_l0@43   bal_b1@43  1
    f_l1@43   bal_b1@43  -1
    f_l1@43   bal_b2@43  1
    f_l2@43   bal_b1@43  -1
    f_l2@43   bal_b3@43  1
    f_l3@43   bal_b3@43  -1
    f_l3@43   bal_b4@43  1
    f_l4@43   bal_b2@43  -1
    f_l4@43   bal_b5@43  1
    f_l5@43   bal_b0@43  -1
    f_l5@43   bal_b3@43  1
    f_l6@43   bal_b0@43  -1
    f_l6@43   bal_b1@43  1
    ch_s0@43  bal_b4@43  -1
    ch_s0@43  soc_s0@43  -0.9243
    dis_s0@43  Obj       0.1
    dis_s0@43  bal_b4@43  1
    dis_s0@43  soc_s0@43  1.0699
    soc_s0@43  soc_s0@43  1
    soc_s0@43  soc_s0@44  -0.9988
    ch_s1@43  bal_b5@43  -1
    ch_s1@43  soc_s1@43  -0.9141
    dis_s1@43  Obj       0.1
    dis_s1@43  bal_b5@43  1
    dis_s1@43  soc_s1@43  1.0893
    soc_s1@43  soc_s1@43  1
    soc_s1@43  soc_s1@44  -0.9982
    ch_s2@43  bal_b3@43  -1
    ch_s2@43  soc_s2@43  -0.8892
    dis_s2@43  Obj       0.1
    dis_s2@43  bal_b3@43  1
    dis_s2@43  soc_s2@43  1.1057
    soc_s2@43  soc_s2@43  1
    soc_s2@43  soc_s2@44  -0.9971
    shed_b0@43  Obj       10000
    shed_b0@43  bal_b0@43  1
    shed_b1@43  Obj       10000
    shed_b1@43  bal_b1@43  1
    shed_b2@43  Obj       10000
    shed_b2@43  bal_b2@43  1
    shed_b3@43  Obj       10000
    shed_b3@43  bal_b3@43  1
    shed_b4@43  Obj       10000
    shed_b4@43  bal_b4@43  1
    shed_b5@43  Obj       10000
    shed_b5@43  bal_b5@43  1
    p_g0@44   Obj       15.54
    p_g0@44   bal_b0@44  1
    p_g0@44   ramp_g0@44  1
    p_g0@44   reserve@44  1
    p_g0@44   ramp_g0@45  -1
    p_g1@44   Obj       23.55
    p_g1@44   bal_b0@44  1
    p_g2@44   Obj       78.18
    p_g2@44   bal_b1@44  1
    p_g2@44   ramp_g2@44  1
    p_g2@44   reserve@44  1
    p_g2@44   ramp_g2@45  -1
    p_g3@44   Obj       16.25
    p_g3@44   bal_b1@44  1
    p_g3@44   ramp_g3@44  1
    p_g3@44   reserve@44  1
    p_g3@44   ramp_g3@45  -1
    p_g4@44   Obj       25.89
    p_g4@44   bal_b2@44  1
    p_g4@44   ramp_g4@44  1
    p_g4@44   ramp_g4@45  -1
    p_g5@44   Obj       76.68
    p_g5@44   bal_b2@44  1
    p_g5@44   ramp_g5@44  1
    p_g5@44   ramp_g5@45  -1
    p_g6@44   Obj       17.76
    p_g6@44   bal_b3@44  1
    p_g7@44   Obj       21.95
    p_g7@44   bal_b3@44  1
    p_g7@44   ramp_g7@44  1
    p_g7@44   ramp_g7@45  -1
    p_g8@44   Obj       44.12
    p_g8@44   bal_b4@44  1
    p_g8@44   ramp_g8@44  1
    p_g8@44   ramp_g8@45  -1
    p_g9@44   Obj       60.4
    p_g9@44   bal_b4@44  1
    p_g9@44   ramp_g9@44  1
    p_g9@44   mustrun@44  1
    p_g9@44   ramp_g9@45  -1
    p_g10@44  Obj       57.07
    p_g10@44  bal_b5@44  1
    p_g10@44  ramp_g10@44  1
    p_g10@44  mustrun@44  1
    p_g10@44  ramp_g10@45  -1
    p_g11@44  Obj       39.72
    p_g11@44  bal_b5@44  1
    imp@44    Obj       46.85
    imp@44    bal_b5@44  1
    f_l0@44   bal_b0@44  -1
    f_l0@44   bal_b1@44  1
    f_l1@44   bal_b1@44  -1
    f_l1@44   bal_b2@44  1
    f_l2@44   bal_b1@44  -1
    f_l2@44   bal_b3@44  1
    f_l3@44   bal_b3@44  -1
    f_l3@44   bal_b4@44  1
    f_l4@44   bal_b2@44  -1
    f_l4@44   bal_b5@44  1
    f_l5@44   bal_b0@44  -1
    f_l5@44   bal_b3@44  1
    f_l6@44   bal_b0@44  -1
    f_l6@44   bal_b1@44  1
    ch_s0@44  bal_b4@44  -1
    ch_s0@44  soc_s0@44  -0.9243
    dis_s0@44  Obj       0.1
    dis_s0@44  bal_b4@44  1
    dis_s0@44  soc_s0@44  1.0699
    soc_s0@44  soc_s0@44  1
    soc_s0@44  soc_s0@45  -0.9988
    ch_s1@44  bal_b5@44  -1
    ch_s1@44  soc_s1@44  -0.9141
    dis_s1@44  Obj       0.1
    dis_s1@44  bal_b5@44  1
    dis_s1@44  soc_s1@44  1.0893
    soc_s1@44  soc_s1@44  1
    soc_s1@44  soc_s1@45  -0.9982
    ch_s2@44  bal_b3@44  -1
    ch_s2@44  soc_s2@44  -0.8892
    dis_s2@44  Obj       0.1
    dis_s2@44  bal_b3@44  1
    dis_s2@44  soc_s2@44  1.1057
    soc_s2@44  soc_s2@44  1
    soc_s2@44  soc_s2@45  -0.9971
    shed_b0@44  Obj       10000
    shed_b0@44  bal_b0@44  1
    shed_b1@44  Obj       10000
    shed_b1@44  bal_b1@44  1
    shed_b2@44  Obj       10000
    shed_b2@44  bal_b2@44  1
    shed_b3@44  Obj       10000
    shed_b3@44  bal_b3@44  1
    shed_b4@44  Obj       10000
    shed_b4@44  bal_b4@44  1
    shed_b5@44  Obj       10000
    shed_b5@44  bal_b5@44  1
    p_g0@45   Obj       15.54
    p_g0@45   bal_b0@45  1
    p_g0@45   ramp_g0@45  1
    p_g0@45   reserve@45  1
    p_g0@45   ramp_g0@46  -1
    p_g1@45   Obj       23.55
    p_g1@45   bal_b0@45  1
    p_g2@45   Obj       78.18
    p_g2@45   bal_b1@45  1
    p_g2@45   ramp_g2@45  1
    p_g2@45   reserve@45  1
    p_g2@45   ramp_g2@46  -1
    p_g3@45   Obj       16.25
    p_g3@45   bal_b1@45  1
    p_g3@45   ramp_g3@45  1
    p_g3@45   reserve@45  1
    p_g3@45   ramp_g3@46  -1
    p_g4@45   Obj       25.89
    p_g4@45   bal_b2@45  1
    p_g4@45   ramp_g4@45  1
    p_g4@45   ramp_g4@46  -1
    p_g5@45   Obj       76.68
    p_g5@45   bal_b2@45  1
    p_g5@45   ramp_g5@45  1
    p_g5@45   ramp_g5@46  -1
    p_g6@45   Obj       17.76
    p_g6@45   bal_b3@45  1
    p_g7@45   Obj       21.95
    p_g7@45   bal_b3@45  1
    p_g7@45   ramp_g7@45  1
    p_g7@45   ramp_g7@46  -1
    p_g8@45   Obj       44.12
    p_g8@45   bal_b4@45  1
    p_g8@45   ramp_g8@45  1
    p_g8@45   ramp_g8@46  -1
    p_g9@45   Obj       60.4
    p_g9@45   bal_b4@45  1
    p_g9@45   ramp_g9@45  1
    p_g9@45   mustrun@45  1
    p_g9@45   ramp_g9@46  -1
    p_g10@45  Obj       57.07
    p_g10@45  bal_b5@45  1
    p_g10@45  ramp_g10@45  1
    p_g10@45  mustrun@45  1
    p_g10@45  ramp_g10@46  -1
    p_g11@45  Obj       39.72
    p_g11@45  bal_b5@45  1
    imp@45    Obj       46.85
    imp@45    bal_b5@45  1
    f_l0@45   bal_b0@45  -1
    f_l0@45   bal_b1@45  1
    f_l1@45   bal_b1@45  -1
    f_l1@45   bal_b2@45  1
    f_l2@45   bal_b1@45  -1
    f_l2@45   bal_b3@45  1
    f_l3@45   bal_b3@45  -1
    f_l3@45   bal_b4@45  1
    f_l4@45   bal_b2@45  -1
    f_l4@45   bal_b5@45  1
    f_l5@45   bal_b0@45  -1
    f_l5@45   bal_b3@45  1
    f_l6@45   bal_b0@45  -1
    f_l6@45   bal_b1@45  1
    ch_s0@45  bal_b4@45  -1
    ch_s0@45  soc_s0@45  -0.9243
    dis_s0@45  Obj       0.1
    dis_s0@45  bal_b4@45  1
    dis_s0@45  soc_s0@45  1.0699
    soc_s0@45  soc_s0@45  1
    soc_s0@45  soc_s0@46  -0.9988
    ch_s1@45  bal_b5@45  -1
    ch_s1@45  soc_s1@45  -0.9141
    dis_s1@45  Obj       0.1
    dis_s1@45  bal_b5@45  1
    dis_s1@45  soc_s1@45  1.0893
    soc_s1@45  soc_s1@45  1
    soc_s1@45  soc_s1@46  -0.9982
    ch_s2@45  bal_b3@45  -1
    ch_s2@45  soc_s2@45  -0.8892
    dis_s2@45  Obj       0.1
    dis_s2@45  bal_b3@45  1
    dis_s2@45  soc_s2@45  1.1057
    soc_s2@45  soc_s2@45  1
    soc_s2@45  soc_s2@46  -0.9971
    shed_b0@45  Obj       10000
    shed_b0@45  bal_b0@45  1
    shed_b1@45  Obj       10000
    shed_b1@45  bal_b1@45  1
    shed_b2@45  Obj       10000
    shed_b2@45  bal_b2@45  1
    shed_b3@45  Obj       10000
    shed_b3@45  bal_b3@45  1
    shed_b4@45  Obj       10000
    shed_b4@45  bal_b4@45  1
    shed_b5@45  Obj       10000
    shed_b5@45  bal_b5@45  1
    p_g0@46   Obj       15.54
    p_g0@46   bal_b0@46  1
    p_g0@46   ramp_g0@46  1
    p_g0@46   reserve@46  1
    p_g0@46   ramp_g0@47  -1
    p_g1@46   Obj       23.55
    p_g1@46   bal_b0@46  1
    p_g2@46   Obj       78.18
    p_g2@46   bal_b1@46  1
    p_g2@46   ramp_g2@46  1
    p_g2@46   reserve@46  1
    p_g2@46   ramp_g2@47  -1
    p_g3@46   Obj       16.25
    p_g3@46   bal_b1@46  1
    p_g3@46   ramp_g3@46  1
    p_g3@46   reserve@46  1
    p_g3@46   ramp_g3@47  -1
    p_g4@46   Obj       25.89
    p_g4@46   bal_b2@46  1
    p_g4@46   ramp_g4@46  1
    p_g4@46   ramp_g4@47  -1
    p_g5@46   Obj       76.68
    p_g5@46   bal_b2@46  1
    p_g5@46   ramp_g5@46  1
    p_g5@46   ramp_g5@47  -1
    p_g6@46   Obj       17.76
    p_g6@46   bal_b3@46  1
    p_g7@46   Obj       21.95
    p_g7@46   bal_b3@46  1
    p_g7@46   ramp_g7@46  1
    p_g7@46   ramp_g7@47  -1
    p_g8@46   Obj       44.12
    p_g8@46   bal_b4@46  1
    p_g8@46   ramp_g8@46  1
    p_g8@46   ramp_g8@47  -1
    p_g9@46   Obj       60.4
    p_g9@46   bal_b4@46  1
    p_g9@46   ramp_g9@46  1
    p_g9@46   mustrun@46  1
    p_g9@46   ramp_g9@47  -1
    p_g10@46  Obj       57.07
    p_g10@46  bal_b5@46  1
    p_g10@46  ramp_g10@46  1
    p_g10@46  mustrun@46  1
    p_g10@46  ramp_g10@47  -1
    p_g11@46  Obj       39.72
    p_g11@46  bal_b5@46  1
    imp@46    Obj       46.85
    imp@46    bal_b5@46  1
    f_l0@46   bal_b0@46  -1
    f_l0@46   bal_b1@46  1
    f_l1@46   bal_b1@46  -1
    f_l1@46   bal_b2@46  1
    f_l2@46   bal_b1@46  -1
    f_l2@46   bal_b3@46  1
    f_l3@46   bal_b3@46  -1
    f_l3@46   bal_b4@46  1
    f_l4@46   bal_b2@46  -1
    f_l4@46   bal_b5@46  1
    f_l5@46   bal_b0@46  -1
    f_l5@46   bal_b3@46  1
    f_l6@46   bal_b0@46  -1
    f_l6@46   bal_b1@46  1
    ch_s0@46  bal_b4@46  -1
    ch_s0@46  soc_s0@46  -0.9243
    dis_s0@46  Obj       0.1
    dis_s0@46  bal_b4@46  1
    dis_s0@46  soc_s0@46  1.0699
    soc_s0@46  soc_s0@46  1
    soc_s0@46  soc_s0@47  -0.9988
    ch_s1@46  bal_b5@46  -1
    ch_s1@46  soc_s1@46  -0.9141
    dis_s1@46  Obj       0.1
    dis_s1@46  bal_b5@46  1
    dis_s1@46  soc_s1@46  1.0893
    soc_s1@46  soc_s1@46  1
    soc_s1@46  soc_s1@47  -0.9982
    ch_s2@46  bal_b3@46  -1
    ch_s2@46  soc_s2@46  -0.8892
    dis_s2@46  Obj       0.1
    dis_s2@46  bal_b3@46  1
    dis_s2@46  soc_s2@46  1.1057
    soc_s2@46  soc_s2@46  1
    soc_s2@46  soc_s2@47  -0.9971
    shed_b0@46  Obj       10000
    shed_b0@46  bal_b0@46  1
    shed_b1@46  Obj       10000
    shed_b1@46  bal_b1@46  1
    shed_b2@46  Obj       10000
    shed_b2@46  bal_b2@46  1
    shed_b3@46  Obj       10000
    shed_b3@46  bal_b3@46  1
    shed_b4@46  Obj       10000
    shed_b4@46  bal_b4@46  1
    shed_b5@46  Obj       10000
    shed_b5@46  bal_b5@46  1
    p_g0@47   Obj       15.54
    p_g0@47   bal_b0@47  1
    p_g0@47   ramp_g0@47  1
    p_g0@47   reserve@47  1
    p_g0@47   ramp_g0@48  -1
    p_g1@47   Obj       23.55
    p_g1@47   bal_b0@47  1
    p_g2@47   Obj       78.18
    p_g2@47   bal_b1@47  1
    p_g2@47   ramp_g2@47  1
    p_g2@47   reserve@47  1
    p_g2@47   ramp_g2@48  -1
    p_g3@47   Obj       16.25
    p_g3@47   bal_b1@47  1
    p_g3@47   ramp_g3@47  1
    p_g3@47   reserve@47  1
    p_g3@47   ramp_g3@48  -1
    p_g4@47   Obj       25.89
    p_g4@47   bal_b2@47  1
    p_g4@47   ramp_g4@47  1
    p_g4@47   ramp_g4@48  -1
    p_g5@47   Obj       76.68
    p_g5@47   bal_b2@47  1
    p_g5@47   ramp_g5@47  1
    p_g5@47   ramp_g5@48  -1
    p_g6@47   Obj       17.76
    p_g6@47   bal_b3@47  1
    p_g7@47   Obj       21.95
    p_g7@47   bal_b3@47  1
    p_g7@47   ramp_g7@47  1
    p_g7@47   ramp_g7@48  -1
    p_g8@47   Obj       44.12
    p_g8@47   bal_b4@47  1
    p_g8@47   ramp_g8@47  1
    p_g8@47   ramp_g8@48  -1
    p_g9@47   Obj       60.4
    p_g9@47   bal_b4@47  1
    p_g9@47   ramp_g9@47  1
    p_g9@47   mustrun@47  1
    p_g9@47   ramp_g9@48  -1
    p_g10@47  Obj       57.07
    p_g10@47  bal_b5@47  1
    p_g10@47  ramp_g10@47  1
    p_g10@47  mustrun@47  1
    p_g10@47  ramp_g10@48  -1
    p_g11@47  Obj       39.72
    p_g11@47  bal_b5@47  1
    imp@47    Obj       46.85
    imp@47    bal_b5@47  1
    f_l0@47   bal_b0@47  -1
    f_l0@47   bal_b1@47  1
    f_l1@47   bal_b1@47  -1
    f_l1@47   bal_b2@47  1
    f_l2@47   bal_b1@47  -1
    f_l2@47   bal_b3@47  1
    f_l3@47   bal_b3@47  -1
    f_l3@47   bal_b4@47  1
    f_l4@47   bal_b2@47  -1
    f_l4@47   bal_b5@47  1
    f_l5@47   bal_b0@47  -1
    f_l5@47   bal_b3@47  1
    f_l6@47   bal_b0@47  -1
    f_l6@47   bal_b1@47  1
    ch_s0@47  bal_b4@47  -1
    ch_s0@47  soc_s0@47  -0.9243
    dis_s0@47  Obj       0.1
    dis_s0@47  bal_b4@47  1
    dis_s0@47  soc_s0@47  1.0699
    soc_s0@47  soc_s0@47  1
    soc_s0@47  soc_s0@48  -0.9988
    ch_s1@47  bal_b5@47  -1
    ch_s1@47  soc_s1@47  -0.9141
    dis_s1@47  Obj       0.1
    dis_s1@47  bal_b5@47  1
    dis_s1@47  soc_s1@47  1.0893
    soc_s1@47  soc_s1@47  1
    soc_s1@47  soc_s1@48  -0.9982
    ch_s2@47  bal_b3@47  -1
    ch_s2@47  soc_s2@47  -0.8892
    dis_s2@47  Obj       0.1
    dis_s2@47  bal_b3@47  1
    dis_s2@47  soc_s2@47  1.1057
    soc_s2@47  soc_s2@47  1
    soc_s2@47  soc_s2@48  -0.9971
    shed_b0@47  Obj       10000
    shed_b0@47  bal_b0@47  1
    shed_b1@47  Obj       10000
    shed_b1@47  bal_b1@47  1
    shed_b2@47  Obj       10000
    shed_b2@47  bal_b2@47  1
    shed_b3@47  Obj       10000
    shed_b3@47  bal_b3@47  1
    shed_b4@47  Obj       10000
    shed_b4@47  bal_b4@47  1
    shed_b5@47  Obj       10000
    shed_b5@47  bal_b5@47  1
    p_g0@48   Obj       15.54
    p_g0@48   bal_b0@48  1
    p_g0@48   ramp_g0@48  1
    p_g0@48   reserve@48  1
    p_g0@48   ramp_g0@49  -1
    p_g1@48   Obj       23.55
    p_g1@48   bal_b0@48  1
    p_g2@48   Obj       78.18
    p_g2@48   bal_b1@48  1
    p_g2@48   ramp_g2@48  1
    p_g2@48   reserve@48  1
    p_g2@48   ramp_g2@49  -1
    p_g3@48   Obj       16.25
    p_g3@48   bal_b1@48  1
    p_g3@48   ramp_g3@48  1
    p_g3@48   reserve@48  1
    p_g3@48   ramp_g3@49  -1
    p_g4@48   Obj       25.89
    p_g4@48   bal_b2@48  1
    p_g4@48   ramp_g4@48  1
    p_g4@48   ramp_g4@49  -1
    p_g5@48   Obj       76.68
    p_g5@48   bal_b2@48  1
    p_g5@48   ramp_g5@48  1
    p_g5@48   ramp_g5@49  -1
    p_g6@48   Obj       17.76
    p_g6@48   bal_b3@48  1
    p_g7@48   Obj       21.95
    p_g7@48   bal_b3@48  1
    p_g7@48   ramp_g7@48  1
    p_g7@48   ramp_g7@49  -1
    p_g8@48   Obj       44.12
    p_g8@48   bal_b4@48  1
    p_g8@48   ramp_g8@48  1
    p_g8@48   ramp_g8@49  -1
    p_g9@48   Obj       60.4
    p_g9@48   bal_b4@48  1
    p_g9@48   ramp_g9@48  1
    p_g9@48   mustrun@48  1
    p_g9@48   ramp_g9@49  -1
    p_g10@48  Obj       57.07
    p_g10@48  bal_b5@48  1
    p_g10@48  ramp_g10@48  1
    p_g10@48  mustrun@48  1
    p_g10@48  ramp_g10@49  -1
    p_g11@48  Obj       39.72
    p_g11@48  bal_b5@48  1
    imp@48    Obj       46.85
    imp@48    bal_b5@48  1
    f_l0@48   bal_b0@48  -1
    f_l0@48   bal_b1@48  1
    f_l1@48   bal_b1@48  -1
    f_l1@48   bal_b2@48  1
    f_l2@48   bal_b1@48  -1
    f_l2@48   bal_b3@48  1
    f_l3@48   bal_b3@48  -1
    f_l3@48   bal_b4@48  1
    f_l4@48   bal_b2@48  -1
    f_l4@48   bal_b5@48  1
    f_l5@48   bal_b0@48  -1
    f_l5@48   bal_b3@48  1
    f_l6@48   bal_b0@48  -1
    f_l6@48   bal_b1@48  1
    ch_s0@48  bal_b4@48  -1
    ch_s0@48  soc_s0@48  -0.9243
    dis_s0@48  Obj       0.1
    dis_s0@48  bal_b4@48  1
    dis_s0@48  soc_s0@48  1.0699
    soc_s0@48  soc_s0@48  1
    soc_s0@48  soc_s0@49  -0.9988
    ch_s1@48  bal_b5@48  -1
    ch_s1@48  soc_s1@48  -0.9141
    dis_s1@48  Obj       0.1
    dis_s1@48  bal_b5@48  1
    dis_s1@48  soc_s1@48  1.0893
    soc_s1@48  soc_s1@48  1
    soc_s1@48  soc_s1@49  -0.9982
    ch_s2@48  bal_b3@48  -1
    ch_s2@48  soc_s2@48  -0.8892
    dis_s2@48  Obj       0.1
    dis_s2@48  bal_b3@48  1
    dis_s2@48  soc_s2@48  1.1057
    soc_s2@48  soc_s2@48  1
    soc_s2@48  soc_s2@49  -0.9971
    shed_b0@48  Obj       10000
    shed_b0@48  bal_b0@48  1
    shed_b1@48  Obj       10000
    shed_b1@48  bal_b1@48  1
    shed_b2@48  Obj       10000
    shed_b2@48  bal_b2@48  1
    shed_b3@48  Obj       10000
    shed_b3@48  bal_b3@48  1
    shed_b4@48  Obj       10000
    shed_b4@48  bal_b4@48  1
    shed_b5@48  Obj       10000
    shed_b5@48  bal_b5@48  1
    p_g0@49   Obj       15.54
    p_g0@49   bal_b0@49  1
    p_g0@49   ramp_g0@49  1
    p_g0@49   reserve@49  1
    p_g0@49   ramp_g0@50  -1
    p_g1@49   Obj       23.55
    p_g1@49   bal_b0@49  1
    p_g2@49   Obj       78.18
    p_g2@49   bal_b1@49  1
    p_g2@49   ramp_g2@49  1
    p_g2@49   reserve@49  1
    p_g2@49   ramp_g2@50  -1
    p_g3@49   Obj       16.25
    p_g3@49   bal_b1@49  1
    p_g3@49   ramp_g3@49  1
    p_g3@49   reserve@49  1
    p_g3@49   ramp_g3@50  -1
    p_g4@49   Obj       25.89
    p_g4@49   bal_b2@49  1
    p_g4@49   ramp_g4@49  1
    p_g4@49   ramp_g4@50  -1
    p_g5@49   Obj       76.68
    p_g5@49   bal_b2@49  1
    p_g5@49   ramp_g5@49  1
    p_g5@49   ramp_g5@50  -1
    p_g6@49   Obj       17.76
    p_g6@49   bal_b3@49  1
    p_g7@49   Obj       21.95
    p_g7@49   bal_b3@49  1
    p_g7@49   ramp_g7@49  1
    p_g7@49   ramp_g7@50  -1
    p_g8@49   Obj       44.12
    p_g8@49   bal_b4@49  1
    p_g8@49   ramp_g8@49  1
    p_g8@49   ramp_g8@50  -1
    p_g9@49   Obj       60.4
    p_g9@49   bal_b4@49  1
    p_g9@49   ramp_g9@49  1
    p_g9@49   mustrun@49  1
    p_g9@49   ramp_g9@50  -1
    p_g10@49  Obj       57.07
    p_g10@49  bal_b5@49  1
    p_g10@49  ramp_g10@49  1
    p_g10@49  mustrun@49  1
    p_g10@49  ramp_g10@50  -1
    p_g11@49  Obj       39.72
    p_g11@49  bal_b5@49  1
    imp@49    Obj       46.85
    imp@49    bal_b5@49  1
    f_l0@49   bal_b0@49  -1
    f_l0@49   bal_b1@49  1
    f_l1@49   bal_b1@49  -1
    f_l1@49   bal_b2@49  1
    f_l2@49   bal_b1@49  -1
    f_l2@49   bal_b3@49  1
    f_l3@49   bal_b3@49  -1
    f_l3@49   bal_b4@49  1
    f_l4@49   bal_b2@49  -1
    f_l4@49   bal_b5@49  1
    f_l5@49   bal_b0@49  -1
    f_l5@49   bal_b3@49  1
    f_l6@49   bal_b0@49  -1
    f_l6@49   bal_b1@49  1
    ch_s0@49  bal_b4@49  -1
    ch_s0@49  soc_s0@49  -0.9243
    dis_s0@49  Obj       0.1
    dis_s0@49  bal_b4@49  1
    dis_s0@49  soc_s0@49  1.0699
    soc_s0@49  soc_s0@49  1
    soc_s0@49  soc_s0@50  -0.9988
    ch_s1@49  bal_b5@49  -1
    ch_s1@49  soc_s1@49  -0.9141
    dis_s1@49  Obj       0.1
    dis_s1@49  bal_b5@49  1
    dis_s1@49  soc_s1@49  1.0893
    soc_s1@49  soc_s1@49  1
    soc_s1@49  soc_s1@50  -0.9982
    ch_s2@49  bal_b3@49  -1
    ch_s2@49  soc_s2@49  -0.8892
    dis_s2@49  Obj       0.1
    dis_s2@49  bal_b3@49  1
    dis_s2@49  soc_s2@49  1.1057
    soc_s2@49  soc_s2@49  1
    soc_s2@49  soc_s2@50  -0.9971
    shed_b0@49  Obj       10000
    shed_b0@49  bal_b0@49  1
    shed_b1@49  Obj       10000
    shed_b1@49  bal_b1@49  1
    shed_b2@49  Obj       10000
    shed_b2@49  bal_b2@49  1
    shed_b3@49  Obj       10000
    shed_b3@49  bal_b3@49  1
    shed_b4@49  Obj       10000
    shed_b4@49  bal_b4@49  1
    shed_b5@49  Obj       10000
    shed_b5@49  bal_b5@49  1
    p_g0@50   Obj       15.54
    p_g0@50   bal_b0@50  1
    p_g0@50   ramp_g0@50  1
    p_g0@50   reserve@50  1
    p_g0@50   ramp_g0@51  -1
    p_g1@50   Obj       23.55
    p_g1@50   bal_b0@50  1
    p_g2@50   Obj       78.18
    p_g2@50   bal_b1@50  1
    p_g2@50   ramp_g2@50  1
    p_g2@50   reserve@50  1
    p_g2@50   ramp_g2@51  -1
    p_g3@50   Obj       16.25
    p_g3@50   bal_b1@50  1
    p_g3@50   ramp_g3@50  1
    p_g3@50   reserve@50  1
    p_g3@50   ramp_g3@51  -1
    p_g4@50   Obj       25.89
    p_g4@50   bal_b2@50  1
    p_g4@50   ramp_g4@50  1
    p_g4@50   ramp_g4@51  -1
    p_g5@50   Obj       76.68
    p_g5@50   bal_b2@50  1
    p_g5@50   ramp_g5@50  1
    p_g5@50   ramp_g5@51  -1
    p_g6@50   Obj       17.76
    p_g6@50   bal_b3@50  1
    p_g7@50   Obj       21.95
    p_g7@50   bal_b3@50  1
    p_g7@50   ramp_g7@50  1
    p_g7@50   ramp_g7@51  -1
    p_g8@50   Obj       44.12
    p_g8@50   bal_b4@50  1
    p_g8@50   ramp_g8@50  1
    p_g8@50   ramp_g8@51  -1
    p_g9@50   Obj       60.4
    p_g9@50   bal_b4@50  1
    p_g9@50   ramp_g9@50  1
    p_g9@50   mustrun@50  1
    p_g9@50   ramp_g9@51  -1
    p_g10@50  Obj       57.07
    p_g10@50  bal_b5@50  1
    p_g10@50  ramp_g10@50  1
    p_g10@50  mustrun@50  1
    p_g10@50  ramp_g10@51  -1
    p_g11@50  Obj       39.72
    p_g11@50  bal_b5@50  1
    imp@50    Obj       46.85
    imp@50    bal_b5@50  1
    f_l0@50   bal_b0@50  -1
    f_l0@50   bal_b1@50  1
    f_l1@50   bal_b1@50  -1
    f_l1@50   bal_b2@50  1
    f_l2@50   bal_b1@50  -1
    f_l2@50   bal_b3@50  1
    f_l3@50   bal_b3@50  -1
    f_l3@50   bal_b4@50  1
    f_l4@50   bal_b2@50  -1
    f_l4@50   bal_b5@50  1
    f_l5@50   bal_b0@50  -1
    f_l5@50   bal_b3@50  1
    f_l6@50   bal_b0@50  -1
    f_l6@50   bal_b1@50  1
    ch_s0@50  bal_b4@50  -1
    ch_s0@50  soc_s0@50  -0.9243
    dis_s0@50  Obj       0.1
    dis_s0@50  bal_b4@50  1
    dis_s0@50  soc_s0@50  1.0699
    soc_s0@50  soc_s0@50  1
    soc_s0@50  soc_s0@51  -0.9988
    ch_s1@50  bal_b5@50  -1
    ch_s1@50  soc_s1@50  -0.9141
    dis_s1@50  Obj       0.1
    dis_s1@50  bal_b5@50  1
    dis_s1@50  soc_s1@50  1.0893
    soc_s1@50  soc_s1@50  1
    soc_s1@50  soc_s1@51  -0.9982
    ch_s2@50  bal_b3@50  -1
    ch_s2@50  soc_s2@50  -0.8892
    dis_s2@50  Obj       0.1
    dis_s2@50  bal_b3@50  1
    dis_s2@50  soc_s2@50  1.1057
    soc_s2@50  soc_s2@50  1
    soc_s2@50  soc_s2@51  -0.9971
    shed_b0@50  Obj       10000
    shed_b0@50  bal_b0@50  1
    shed_b1@50  Obj       10000
    shed_b1@50  bal_b1@50  1
    shed_b2@50  Obj       10000
    shed_b2@50  bal_b2@50  1
    shed_b3@50  Obj       10000
    shed_b3@50  bal_b3@50  1
    shed_b4@50  Obj       10000
    shed_b4@50  bal_b4@50  1
    shed_b5@50  Obj       10000
    shed_b5@50  bal_b5@50  1
    p_g0@51   Obj       15.54
    p_g0@51   bal_b0@51  1
    p_g0@51   ramp_g0@51  1
    p_g0@51   reserve@51  1
    p_g0@51   ramp_g0@52  -1
    p_g1@51   Obj       23.55
    p_g1@51   bal_b0@51  1
    p_g2@51   Obj       78.18
    p_g2@51   bal_b1@51  1
    p_g2@51   ramp_g2@51  1
    p_g2@51   reserve@51  1
    p_g2@51   ramp_g2@52  -1
    p_g3@51   Obj       16.25
    p_g3@51   bal_b1@51  1
    p_g3@51   ramp_g3@51  1
    p_g3@51   reserve@51  1
    p_g3@51   ramp_g3@52  -1
    p_g4@51   Obj       25.89
    p_g4@51   bal_b2@51  1
    p_g4@51   ramp_g4@51  1
    p_g4@51   ramp_g4@52  -1
    p_g5@51   Obj       76.68
    p_g5@51   bal_b2@51  1
    p_g5@51   ramp_g5@51  1
    p_g5@51   ramp_g5@52  -1
    p_g6@51   Obj       17.76
    p_g6@51   bal_b3@51  1
    p_g7@51   Obj       21.95
    p_g7@51   bal_b3@51  1
    p_g7@51   ramp_g7@51  1
    p_g7@51   ramp_g7@52  -1
    p_g8@51   Obj       44.12
    p_g8@51   bal_b4@51  1
    p_g8@51   ramp_g8@51  1
    p_g8@51   ramp_g8@52  -1
    p_g9@51   Obj       60.4
    p_g9@51   bal_b4@51  1
    p_g9@51   ramp_g9@51  1
    p_g9@51   mustrun@51  1
    p_g9@51   ramp_g9@52  -1
    p_g10@51  Obj       57.07
    p_g10@51  bal_b5@51  1
    p_g10@51  ramp_g10@51  1
    p_g10@51  mustrun@51  1
    p_g10@51  ramp_g10@52  -1
    p_g11@51  Obj       39.72
    p_g11@51  bal_b5@51  1
    imp@51    Obj       46.85
    imp@51    bal_b5@51  1
    f_l0@51   bal_b0@51  -1
    f_l0@51   bal_b1@51  1
    f_l1@51   bal_b1@51  -1
    f_l1@51   bal_b2@51  1
    f_l2@51   bal_b1@51  -1
    f_l2@51   bal_b3@51  1
    f_l3@51   bal_b3@51  -1
    f_l3@51   bal_b4@51  1
    f_l4@51   bal_b2@51  -1
    f_l4@51   bal_b5@51  1
    f_l5@51   bal_b0@51  -1
    f_l5@51   bal_b3@51  1
    f_l6@51   bal_b0@51  -1
    f_l6@51   bal_b1@51  1
    ch_s0@51  bal_b4@51  -1
    ch_s0@51  soc_s0@51  -0.9243
    dis_s0@51  Obj       0.1
    dis_s0@51  bal_b4@51  1
    dis_s0@51  soc_s0@51  1.0699
    soc_s0@51  soc_s0@51  1
    soc_s0@51  soc_s0@52  -0.9988
    ch_s1@51  bal_b5@51  -1
    ch_s1@51  soc_s1@51  -0.9141
    dis_s1@51  Obj       0.1
    dis_s1@51  bal_b5@51  1
    dis_s1@51  soc_s1@51  1.0893
    soc_s1@51  soc_s1@51  1
    soc_s1@51  soc_s1@52  -0.9982
    ch_s2@51  bal_b3@51  -1
    ch_s2@51  soc_s2@51  -0.8892
    dis_s2@51  Obj       0.1
    dis_s2@51  bal_b3@51  1
    dis_s2@51  soc_s2@51  1.1057
    soc_s2@51  soc_s2@51  1
    soc_s2@51  soc_s2@52  -0.9971
    shed_b0@51  Obj       10000
    shed_b0@51  bal_b0@51  1
    shed_b1@51  Obj       10000
    shed_b1@51  bal_b1@51  1
    shed_b2@51  Obj       10000
    shed_b2@51  bal_b2@51  1
    shed_b3@51  Obj       10000
    shed_b3@51  bal_b3@51  1
    shed_b4@51  Obj       10000
    shed_b4@51  bal_b4@51  1
    shed_b5@51  Obj       10000
    shed_b5@51  bal_b5@51  1
    p_g0@52   Obj       15.54
    p_g0@52   bal_b0@52  1
    p_g0@52   ramp_g0@52  1
    p_g0@52   reserve@52  1
    p_g0@52   ramp_g0@53  -1
    p_g1@52   Obj       23.55
    p_g1@52   bal_b0@52  1
    p_g2@52   Obj       78.18
    p_g2@52   bal_b1@52  1
    p_g2@52   ramp_g2@52  1
    p_g2@52   reserve@52  1
    p_g2@52   ramp_g2@53  -1
    p_g3@52   Obj       16.25
    p_g3@52   bal_b1@52  1
    p_g3@52   ramp_g3@52  1
    p_g3@52   reserve@52  1
    p_g3@52   ramp_g3@53  -1
    p_g4@52   Obj       25.89
    p_g4@52   bal_b2@52  1
    p_g4@52   ramp_g4@52  1
    p_g4@52   ramp_g4@53  -1
    p_g5@52   Obj       76.68
    p_g5@52   bal_b2@52  1
    p_g5@52   ramp_g5@52  1
    p_g5@52   ramp_g5@53  -1
    p_g6@52   Obj       17.76
    p_g6@52   bal_b3@52  1
    p_g7@52   Obj       21.95
    p_g7@52   bal_b3@52  1
    p_g7@52   ramp_g7@52  1
    p_g7@52   ramp_g7@53  -1
    p_g8@52   Obj       44.12
    p_g8@52   bal_b4@52  1
    p_g8@52   ramp_g8@52  1
    p_g8@52   ramp_g8@53  -1
    p_g9@52   Obj       60.4
    p_g9@52   bal_b4@52  1
    p_g9@52   ramp_g9@52  1
    p_g9@52   mustrun@52  1
    p_g9@52   ramp_g9@53  -1
    p_g10@52  Obj       57.07
    p_g10@52  bal_b5@52  1
    p_g10@52  ramp_g10@52  1
    p_g10@52  mustrun@52  1
    p_g10@52  ramp_g10@53  -1
    p_g11@52  Obj       39.72
    p_g11@52  bal_b5@52  1
    imp@52    Obj       46.85
    imp@52    bal_b5@52  1
    f_l0@52   bal_b0@52  -1
    f_l0@52   bal_b1@52  1
    f_l1@52   bal_b1@52  -1
    f_l1@52   bal_b2@52  1
    f_l2@52   bal_b1@52  -1
    f_l2@52   bal_b3@52  1
    f_l3@52   bal_b3@52  -1
    f_l3@52   bal_b4@52  1
    f_l4@52   bal_b2@52  -1
    f_l4@52   bal_b5@52  1
    f_l5@52   bal_b0@52  -1
    f_l5@52   bal_b3@52  1
    f_l6@52   bal_b0@52  -1
    f_l6@52   bal_b1@52  1
    ch_s0@52  bal_b4@52  -1
    ch_s0@52  soc_s0@52  -0.9243
    dis_s0@52  Obj       0.1
    dis_s0@52  bal_b4@52  1
    dis_s0@52  soc_s0@52  1.0699
    soc_s0@52  soc_s0@52  1
    soc_s0@52  soc_s0@53  -0.9988
    ch_s1@52  bal_b5@52  -1
    ch_s1@52  soc_s1@52  -0.9141
    dis_s1@52  Obj       0.1
    dis_s1@52  bal_b5@52  1
    dis_s1@52  soc_s1@52  1.0893
    soc_s1@52  soc_s1@52  1
    soc_s1@52  soc_s1@53  -0.9982
    ch_s2@52  bal_b3@52  -1
    ch_s2@52  soc_s2@52  -0.8892
    dis_s2@52  Obj       0.1
    dis_s2@52  bal_b3@52  1
    dis_s2@52  soc_s2@52  1.1057
    soc_s2@52  soc_s2@52  1
    soc_s2@52  soc_s2@53  -0.9971
    shed_b0@52  Obj       10000
    shed_b0@52  bal_b0@52  1
    shed_b1@52  Obj       10000
    shed_b1@52  bal_b1@52  1
    shed_b2@52  Obj       10000
    shed_b2@52  bal_b2@52  1
    shed_b3@52  Obj       10000
    shed_b3@52  bal_b3@52  1
    shed_b4@52  Obj       10000
    shed_b4@52  bal_b4@52  1
    shed_b5@52  Obj       10000
    shed_b5@52  bal_b5@52  1
    p_g0@53   Obj       15.54
    p_g0@53   bal_b0@53  1
    p_g0@53   ramp_g0@53  1
    p_g0@53   reserve@53  1
    p_g0@53   ramp_g0@54  -1
    p_g1@53   Obj       23.55
    p_g1@53   bal_b0@53  1
    p_g2@53   Obj       78.18
    p_g2@53   bal_b1@53  1
    p_g2@53   ramp_g2@53  1
    p_g2@53   reserve@53  1
    p_g2@53   ramp_g2@54  -1
    p_g3@53   Obj       16.25
    p_g3@53   bal_b1@53  1
    p_g3@53   ramp_g3@53  1
    p_g3@53   reserve@53  1
    p_g3@53   ramp_g3@54  -1
    p_g4@53   Obj       25.89
    p_g4@53   bal_b2@53  1
    p_g4@53   ramp_g4@53  1
    p_g4@53   ramp_g4@54  -1
    p_g5@53   Obj       76.68
    p_g5@53   bal_b2@53  1
    p_g5@53   ramp_g5@53  1
    p_g5@53   ramp_g5@54  -1
    p_g6@53   Obj       17.76
    p_g6@53   bal_b3@53  1
    p_g7@53   Obj       21.95
    p_g7@53   bal_b3@53  1
    p_g7@53   ramp_g7@53  1
    p_g7@53   ramp_g7@54  -1
    p_g8@53   Obj       44.12
    p_g8@53   bal_b4@53  1
    p_g8@53   ramp_g8@53  1
    p_g8@53   ramp_g8@54  -1
    p_g9@53   Obj       60.4
    p_g9@53   bal_b4@53  1
    p_g9@53   ramp_g9@53  1
    p_g9@53   mustrun@53  1
    p_g9@53   ramp_g9@54  -1
    p_g10@53  Obj       57.07
    p_g10@53  bal_b5@53  1
    p_g10@53  ramp_g10@53  1
    p_g10@53  mustrun@53  1
    p_g10@53  ramp_g10@54  -1
    p_g11@53  Obj       39.72
    p_g11@53  bal_b5@53  1
    imp@53    Obj       46.85
    imp@53    bal_b5@53  1
    f_l0@53   bal_b0@53  -1
    f_l0@53   bal_b1@53  1
    f_l1@53   bal_b1@53  -1
    f_l1@53   bal_b2@53  1
    f_l2@53   bal_b1@53  -1
    f_l2@53   bal_b3@53  1
    f_l3@53   bal_b3@53  -1
    f_l3@53   bal_b4@53  1
    f_l4@53   bal_b2@53  -1
    f_l4@53   bal_b5@53  1
    f_l5@53   bal_b0@53  -1
    f_l5@53   bal_b3@53  1
    f_l6@53   bal_b0@53  -1
    f_l6@53   bal_b1@53  1
    ch_s0@53  bal_b4@53  -1
    ch_s0@53  soc_s0@53  -0.9243
    dis_s0@53  Obj       0.1
    dis_s0@53  bal_b4@53  1
    dis_s0@53  soc_s0@53  1.0699
    soc_s0@53  soc_s0@53  1
    soc_s0@53  soc_s0@54  -0.9988
    ch_s1@53  bal_b5@53  -1
    ch_s1@53  soc_s1@53  -0.9141
    dis_s1@53  Obj       0.1
    dis_s1@53  bal_b5@53  1
    dis_s1@53  soc_s1@53  1.0893
    soc_s1@53  soc_s1@53  1
    soc_s1@53  soc_s1@54  -0.9982
    ch_s2@53  bal_b3@53  -1
    ch_s2@53  soc_s2@53  -0.8892
    dis_s2@53  Obj       0.1
    dis_s2@53  bal_b3@53  1
    dis_s2@53  soc_s2@53  1.1057
    soc_s2@53  soc_s2@53  1
    soc_s2@53  soc_s2@54  -0.9971
    shed_b0@53  Obj       10000
    shed_b0@53  bal_b0@53  1
    shed_b1@53  Obj       10000
    shed_b1@53  bal_b1@53  1
    shed_b2@53  Obj       10000
    shed_b2@53  bal_b2@53  1
    shed_b3@53  Obj       10000
    shed_b3@53  bal_b3@53  1
    shed_b4@53  Obj       10000
    shed_b4@53  bal_b4@53  1
    shed_b5@53  Obj       10000
    shed_b5@53  bal_b5@53  1
    p_g0@54   Obj       15.54
    p_g0@54   bal_b0@54  1
    p_g0@54   ramp_g0@54  1
    p_g0@54   reserve@54  1
    p_g0@54   ramp_g0@55  -1
    p_g1@54   Obj       23.55
    p_g1@54   bal_b0@54  1
    p_g2@54   Obj       78.18
    p_g2@54   bal_b1@54  1
    p_g2@54   ramp_g2@54  1
    p_g2@54   reserve@54  1
    p_g2@54   ramp_g2@55  -1
    p_g3@54   Obj       16.25
    p_g3@54   bal_b1@54  1
    p_g3@54   ramp_g3@54  1
    p_g3@54   reserve@54  1
    p_g3@54   ramp_g3@55  -1
    p_g4@54   Obj       25.89
    p_g4@54   bal_b2@54  1
    p_g4@54   ramp_g4@54  1
    p_g4@54   ramp_g4@55  -1
    p_g5@54   Obj       76.68
    p_g5@54   bal_b2@54  1
    p_g5@54   ramp_g5@54  1
    p_g5@54   ramp_g5@55  -1
    p_g6@54   Obj       17.76
    p_g6@54   bal_b3@54  1
    p_g7@54   Obj       21.95
    p_g7@54   bal_b3@54  1
    p_g7@54   ramp_g7@54  1
    p_g7@54   ramp_g7@55  -1
    p_g8@54   Obj       44.12
    p_g8@54   bal_b4@54  1
    p_g8@54   ramp_g8@54  1
    p_g8@54   ramp_g8@55  -1
    p_g9@54   Obj       60.4
    p_g9@54   bal_b4@54  1
    p_g9@54   ramp_g9@54  1
    p_g9@54   mustrun@54  1
    p_g9@54   ramp_g9@55  -1
    p_g10@54  Obj       57.07
    p_g10@54  bal_b5@54  1
    p_g10@54  ramp_g10@54  1
    p_g10@54  mustrun@54  1
    p_g10@54  ramp_g10@55  -1
    p_g11@54  Obj       39.72
    p_g11@54  bal_b5@54  1
    imp@54    Obj       46.85
    imp@54    bal_b5@54  1
    f_l0@54   bal_b0@54  -1
    f_l0@54   bal_b1@54  1
    f_l1@54   bal_b1@54  -1
    f_l1@54   bal_b2@54  1
    f_l2@54   bal_b1@54  -1
    f_l2@54   bal_b3@54  1
    f_l3@54   bal_b3@54  -1
    f_l3@54   bal_b4@54  1
    f_l4@54   bal_b2@54  -1
    f_l4@54   bal_b5@54  1
    f_l5@54   bal_b0@54  -1
    f_l5@54   bal_b3@54  1
    f_l6@54   bal_b0@54  -1
    f_l6@54   bal_b1@54  1
    ch_s0@54  bal_b4@54  -1
    ch_s0@54  soc_s0@54  -0.9243
    dis_s0@54  Obj       0.1
    dis_s0@54  bal_b4@54  1
    dis_s0@54  soc_s0@54  1.0699
    soc_s0@54  soc_s0@54  1
    soc_s0@54  soc_s0@55  -0.9988
    ch_s1@54  bal_b5@54  -1
    ch_s1@54  soc_s1@54  -0.9141
    dis_s1@54  Obj       0.1
    dis_s1@54  bal_b5@54  1
    dis_s1@54  soc_s1@54  1.0893
    soc_s1@54  soc_s1@54  1
    soc_s1@54  soc_s1@55  -0.9982
    ch_s2@54  bal_b3@54  -1
    ch_s2@54  soc_s2@54  -0.8892
    dis_s2@54  Obj       0.1
    dis_s2@54  bal_b3@54  1
    dis_s2@54  soc_s2@54  1.1057
    soc_s2@54  soc_s2@54  1
    soc_s2@54  soc_s2@55  -0.9971
    shed_b0@54  Obj       10000
    shed_b0@54  bal_b0@54  1
    shed_b1@54  Obj       10000
    shed_b1@54  bal_b1@54  1
    shed_b2@54  Obj       10000
    shed_b2@54  bal_b2@54  1
    shed_b3@54  Obj       10000
    shed_b3@54  bal_b3@54  1
    shed_b4@54  Obj       10000
    shed_b4@54  bal_b4@54  1
    shed_b5@54  Obj       10000
    shed_b5@54  bal_b5@54  1
    p_g0@55   Obj       15.54
    p_g0@55   bal_b0@55  1
    p_g0@55   ramp_g0@55  1
    p_g0@55   reserve@55  1
    p_g0@55   ramp_g0@56  -1
    p_g1@55   Obj       23.55
    p_g1@55   bal_b0@55  1
    p_g2@55   Obj       78.18
    p_g2@55   bal_b1@55  1
    p_g2@55   ramp_g2@55  1
    p_g2@55   reserve@55  1
    p_g2@55   ramp_g2@56  -1
    p_g3@55   Obj       16.25
    p_g3@55   bal_b1@55  1
    p_g3@55   ramp_g3@55  1
    p_g3@55   reserve@55  1
    p_g3@55   ramp_g3@56  -1
    p_g4@55   Obj       25.89
    p_g4@55   bal_b2@55  1
    p_g4@55   ramp_g4@55  1
    p_g4@55   ramp_g4@56  -1
    p_g5@55   Obj       76.68
    p_g5@55   bal_b2@55  1
    p_g5@55   ramp_g5@55  1
    p_g5@55   ramp_g5@56  -1
    p_g6@55   Obj       17.76
    p_g6@55   bal_b3@55  1
    p_g7@55   Obj       21.95
    p_g7@55   bal_b3@55  1
    p_g7@55   ramp_g7@55  1
    p_g7@55   ramp_g7@56  -1
    p_g8@55   Obj       44.12
    p_g8@55   bal_b4@55  1
    p_g8@55   ramp_g8@55  1
    p_g8@55   ramp_g8@56  -1
    p_g9@55   Obj       60.4
    p_g9@55   bal_b4@55  1
    p_g9@55   ramp_g9@55  1
    p_g9@55   mustrun@55  1
    p_g9@55   ramp_g9@56  -1
    p_g10@55  Obj       57.07
    p_g10@55  bal_b5@55  1
    p_g10@55  ramp_g10@55  1
    p_g10@55  mustrun@55  1
    p_g10@55  ramp_g10@56  -1
    p_g11@55  Obj       39.72
    p_g11@55  bal_b5@55  1
    imp@55    Obj       46.85
    imp@55    bal_b5@55  1
    f_l0@55   bal_b0@55  -1
    f_l0@55   bal_b1@55  1
    f_l1@55   bal_b1@55  -1
    f_l1@55   bal_b2@55  1
    f_l2@55   bal_b1@55  -1
    f_l2@55   bal_b3@55  1
    f_l3@55   bal_b3@55  -1
    f_l3@55   bal_b4@55  1
    f_l4@55   bal_b2@55  -1
    f_l4@55   bal_b5@55  1
    f_l5@55   bal_b0@55  -1
    f_l5@55   bal_b3@55  1
    f_l6@55   bal_b0@55  -1
    f_l6@55   bal_b1@55  1
    ch_s0@55  bal_b4@55  -1
    ch_s0@55  soc_s0@55  -0.9243
    dis_s0@55  Obj       0.1
    dis_s0@55  bal_b4@55  1
    dis_s0@55  soc_s0@55  1.0699
    soc_s0@55  soc_s0@55  1
    soc_s0@55  soc_s0@56  -0.9988
    ch_s1@55  bal_b5@55  -1
    ch_s1@55  soc_s1@55  -0.9141
    dis_s1@55  Obj       0.1
    dis_s1@55  bal_b5@55  1
    dis_s1@55  soc_s1@55  1.0893
    soc_s1@55  soc_s1@55  1
    soc_s1@55  soc_s1@56  -0.9982
    ch_s2@55  bal_b3@55  -1
    ch_s2@55  soc_s2@55  -0.8892
    dis_s2@55  Obj       0.1
    dis_s2@55  bal_b3@55  1
    dis_s2@55  soc_s2@55  1.1057
    soc_s2@55  soc_s2@55  1
    soc_s2@55  soc_s2@56  -0.9971
    shed_b0@55  Obj       10000
    shed_b0@55  bal_b0@55  1
    shed_b1@55  Obj       10000
    shed_b1@55  bal_b1@55  1
    shed_b2@55  Obj       10000
    shed_b2@55  bal_b2@55  1
    shed_b3@55  Obj       10000
    shed_b3@55  bal_b3@55  1
    shed_b4@55  Obj       10000
    shed_b4@55  bal_b4@55  1
    shed_b5@55  Obj       10000
    shed_b5@55  bal_b5@55  1
    p_g0@56   Obj       15.54
    p_g0@56   bal_b0@56  1
    p_g0@56   ramp_g0@56  1
    p_g0@56   reserve@56  1
    p_g0@56   ramp_g0@57  -1
    p_g1@56   Obj       23.55
    p_g1@56   bal_b0@56  1
    p_g2@56   Obj       78.18
    p_g2@56   bal_b1@56  1
    p_g2@56   ramp_g2@56  1
    p_g2@56   reserve@56  1
    p_g2@56   ramp_g2@57  -1
    p_g3@56   Obj       16.25
    p_g3@56   bal_b1@56  1
    p_g3@56   ramp_g3@56  1
    p_g3@56   reserve@56  1
    p_g3@56   ramp_g3@57  -1
    p_g4@56   Obj       25.89
    p_g4@56   bal_b2@56  1
    p_g4@56   ramp_g4@56  1
    p_g4@56   ramp_g4@57  -1
    p_g5@56   Obj       76.68
    p_g5@56   bal_b2@56  1
    p_g5@56   ramp_g5@56  1
    p_g5@56   ramp_g5@57  -1
    p_g6@56   Obj       17.76
    p_g6@56   bal_b3@56  1
    p_g7@56   Obj       21.95
    p_g7@56   bal_b3@56  1
    p_g7@56   ramp_g7@56  1
    p_g7@56   ramp_g7@57  -1
    p_g8@56   Obj       44.12
    p_g8@56   bal_b4@56  1
    p_g8@56   ramp_g8@56  1
    p_g8@56   ramp_g8@57  -1
    p_g9@56   Obj       60.4
    p_g9@56   bal_b4@56  1
    p_g9@56   ramp_g9@56  1
    p_g9@56   mustrun@56  1
    p_g9@56   ramp_g9@57  -1
    p_g10@56  Obj       57.07
    p_g10@56  bal_b5@56  1
    p_g10@56  ramp_g10@56  1
    p_g10@56  mustrun@56  1
    p_g10@56  ramp_g10@57  -1
    p_g11@56  Obj       39.72
    p_g11@56  bal_b5@56  1
    imp@56    Obj       46.85
    imp@56    bal_b5@56  1
    f_l0@56   bal_b0@56  -1
    f_l0@56   bal_b1@56  1
    f_l1@56   bal_b1@56  -1
    f_l1@56   bal_b2@56  1
    f_l2@56   bal_b1@56  -1
    f_l2@56   bal_b3@56  1
    f_l3@56   bal_b3@56  -1
    f_l3@56   bal_b4@56  1
    f_l4@56   bal_b2@56  -1
    f_l4@56   bal_b5@56  1
    f_l5@56   bal_b0@56  -1
    f_l5@56   bal_b3@56  1
    f_l6@56   bal_b0@56  -1
    f_l6@56   bal_b1@56  1
    ch_s0@56  bal_b4@56  -1
    ch_s0@56  soc_s0@56  -0.9243
    dis_s0@56  Obj       0.1
    dis_s0@56  bal_b4@56  1
    dis_s0@56  soc_s0@56  1.0699
    soc_s0@56  soc_s0@56  1
    soc_s0@56  soc_s0@57  -0.9988
    ch_s1@56  bal_b5@56  -1
    ch_s1@56  soc_s1@56  -0.9141
    dis_s1@56  Obj       0.1
    dis_s1@56  bal_b5@56  1
    dis_s1@56  soc_s1@56  1.0893
    soc_s1@56  soc_s1@56  1
    soc_s1@56  soc_s1@57  -0.9982
    ch_s2@56  bal_b3@56  -1
    ch_s2@56  soc_s2@56  -0.8892
    dis_s2@56  Obj       0.1
    dis_s2@56  bal_b3@56  1
    dis_s2@56  soc_s2@56  1.1057
    soc_s2@56  soc_s2@56  1
    soc_s2@56  soc_s2@57  -0.9971
    shed_b0@56  Obj       10000
    shed_b0@56  bal_b0@56  1
    shed_b1@56  Obj       10000
    shed_b1@56  bal_b1@56  1
    shed_b2@56  Obj       10000
    shed_b2@56  bal_b2@56  1
    shed_b3@56  Obj       10000
    shed_b3@56  bal_b3@56  1
    shed_b4@56  Obj       10000
    shed_b4@56  bal_b4@56  1
    shed_b5@56  Obj       10000
    shed_b5@56  bal_b5@56  1
    p_g0@57   Obj       15.54
    p_g0@57   bal_b0@57  1
    p_g0@57   ramp_g0@57  1
    p_g0@57   reserve@57  1
    p_g0@57   ramp_g0@58  -1
    p_g1@57   Obj       23.55
    p_g1@57   bal_b0@57  1
    p_g2@57   Obj       78.18
    p_g2@57   bal_b1@57  1
    p_g2@57   ramp_g2@57  1
    p_g2@57   reserve@57  1
    p_g2@57   ramp_g2@58  -1
    p_g3@57   Obj       16.25
    p_g3@57   bal_b1@57  1
    p_g3@57   ramp_g3@57  1
    p_g3@57   reserve@57  1
    p_g3@57   ramp_g3@58  -1
    p_g4@57   Obj       25.89
    p_g4@57   bal_b2@57  1
    p_g4@57   ramp_g4@57  1
    p_g4@57   ramp_g4@58  -1
    p_g5@57   Obj       76.68
    p_g5@57   bal_b2@57  1
    p_g5@57   ramp_g5@57  1
    p_g5@57   ramp_g5@58  -1
    p_g6@57   Obj       17.76
    p_g6@57   bal_b3@57  1
    p_g7@57   Obj       21.95
    p_g7@57   bal_b3@57  1
    p_g7@57   ramp_g7@57  1
    p_g7@57   ramp_g7@58  -1
    p_g8@57   Obj       44.12
    p_g8@57   bal_b4@57  1
    p_g8@57   ramp_g8@57  1
    p_g8@57   ramp_g8@58  -1
    p_g9@57   Obj       60.4
    p_g9@57   bal_b4@57  1
    p_g9@57   ramp_g9@57  1
    p_g9@57   mustrun@57  1
    p_g9@57   ramp_g9@58  -1
    p_g10@57  Obj       57.07
    p_g10@57  bal_b5@57  1
    p_g10@57  ramp_g10@57  1
    p_g10@57  mustrun@57  1
    p_g10@57  ramp_g10@58  -1
    p_g11@57  Obj       39.72
    p_g11@57  bal_b5@57  1
    imp@57    Obj       46.85
    imp@57    bal_b5@57  1
    f_l0@57   bal_b0@57  -1
    f_l0@57   bal_b1@57  1
    f_l1@57   bal_b1@57  -1
    f_l1@57   bal_b2@57  1
    f_l2@57   bal_b1@57  -1
    f_l2@57   bal_b3@57  1
    f_l3@57   bal_b3@57  -1
    f_l3@57   bal_b4@57  1
    f_l4@57   bal_b2@57  -1
    f_l4@57   bal_b5@57  1
    f_l5@57   bal_b0@57  -1
    f_l5@57   bal_b3@57  1
    f_l6@57   bal_b0@57  -1
    f_l6@57   bal_b1@57  1
    ch_s0@57  bal_b4@57  -1
    ch_s0@57  soc_s0@57  -0.9243
    dis_s0@57  Obj       0.1
    dis_s0@57  bal_b4@57  1
    dis_s0@57  soc_s0@57  1.0699
    soc_s0@57  soc_s0@57  1
    soc_s0@57  soc_s0@58  -0.9988
    ch_s1@57  bal_b5@57  -1
    ch_s1@57  soc_s1@57  -0.9141
    dis_s1@57  Obj       0.1
    dis_s1@57  bal_b5@57  1
    dis_s1@57  soc_s1@57  1.0893
    soc_s1@57  soc_s1@57  1
    soc_s1@57  soc_s1@58  -0.9982
    ch_s2@57  bal_b3@57  -1
    ch_s2@57  soc_s2@57  -0.8892
    dis_s2@57  Obj       0.1
    dis_s2@57  bal_b3@57  1
    dis_s2@57  soc_s2@57  1.1057
    soc_s2@57  soc_s2@57  1
    soc_s2@57  soc_s2@58  -0.9971
    shed_b0@57  Obj       10000
    shed_b0@57  bal_b0@57  1
    shed_b1@57  Obj       10000
    shed_b1@57  bal_b1@57  1
    shed_b2@57  Obj       10000
    shed_b2@57  bal_b2@57  1
    shed_b3@57  Obj       10000
    shed_b3@57  bal_b3@57  1
    shed_b4@57  Obj       10000
    shed_b4@57  bal_b4@57  1
    shed_b5@57  Obj       10000
    shed_b5@57  bal_b5@57  1
    p_g0@58   Obj       15.54
    p_g0@58   bal_b0@58  1
    p_g0@58   ramp_g0@58  1
    p_g0@58   reserve@58  1
    p_g0@58   ramp_g0@59  -1
    p_g1@58   Obj       23.55
    p_g1@58   bal_b0@58  1
    p_g2@58   Obj       78.18
    p_g2@58   bal_b1@58  1
    p_g2@58   ramp_g2@58  1
    p_g2@58   reserve@58  1
    p_g2@58   ramp_g2@59  -1
    p_g3@58   Obj       16.25
    p_g3@58   bal_b1@58  1
    p_g3@58   ramp_g3@58  1
    p_g3@58   reserve@58  1
    p_g3@58   ramp_g3@59  -1
    p_g4@58   Obj       25.89
    p_g4@58   bal_b2@58  1
    p_g4@58   ramp_g4@58  1
    p_g4@58   ramp_g4@59  -1
    p_g5@58   Obj       76.68
    p_g5@58   bal_b2@58  1
    p_g5@58   ramp_g5@58  1
    p_g5@58   ramp_g5@59  -1
    p_g6@58   Obj       17.76
    p_g6@58   bal_b3@58  1
    p_g7@58   Obj       21.95
    p_g7@58   bal_b3@58  1
    p_g7@58   ramp_g7@58  1
    p_g7@58   ramp_g7@59  -1
    p_g8@58   Obj       44.12
    p_g8@58   bal_b4@58  1
    p_g8@58   ramp_g8@58  1
    p_g8@58   ramp_g8@59  -1
    p_g9@58   Obj       60.4
    p_g9@58   bal_b4@58  1
    p_g9@58   ramp_g9@58  1
    p_g9@58   mustrun@58  1
    p_g9@58   ramp_g9@59  -1
    p_g10@58  Obj       57.07
    p_g10@58  bal_b5@58  1
    p_g10@58  ramp_g10@58  1
    p_g10@58  mustrun@58  1
    p_g10@58  ramp_g10@59  -1
    p_g11@58  Obj       39.72
    p_g11@58  bal_b5@58  1
    imp@58    Obj       46.85
    imp@58    bal_b5@58  1
    f_l0@58   bal_b0@58  -1
    f_l0@58   bal_b1@58  1
    f_l1@58   bal_b1@58  -1
    f_l1@58   bal_b2@58  1
    f_l2@58   bal_b1@58  -1
    f_l2@58   bal_b3@58  1
    f_l3@58   bal_b3@58  -1
    f_l3@58   bal_b4@58  1
    f_l4@58   bal_b2@58  -1
    f_l4@58   bal_b5@58  1
    f_l5@58   bal_b0@58  -1
    f_l5@58   bal_b3@58  1
    f_l6@58   bal_b0@58  -1
    f_l6@58   bal_b1@58  1
    ch_s0@58  bal_b4@58  -1
    ch_s0@58  soc_s0@58  -0.9243
    dis_s0@58  Obj       0.1
    dis_s0@58  bal_b4@58  1
    dis_s0@58  soc_s0@58  1.0699
    soc_s0@58  soc_s0@58  1
    soc_s0@58  soc_s0@59  -0.9988
    ch_s1@58  bal_b5@58  -1
    ch_s1@58  soc_s1@58  -0.9141
    dis_s1@58  Obj       0.1
    dis_s1@58  bal_b5@58  1
    dis_s1@58  soc_s1@58  1.0893
    soc_s1@58  soc_s1@58  1
    soc_s1@58  soc_s1@59  -0.9982
    ch_s2@58  bal_b3@58  -1
    ch_s2@58  soc_s2@58  -0.8892
    dis_s2@58  Obj       0.1
    dis_s2@58  bal_b3@58  1
    dis_s2@58  soc_s2@58  1.1057
    soc_s2@58  soc_s2@58  1
    soc_s2@58  soc_s2@59  -0.9971
    shed_b0@58  Obj       10000
    shed_b0@58  bal_b0@58  1
    shed_b1@58  Obj       10000
    shed_b1@58  bal_b1@58  1
    shed_b2@58  Obj       10000
    shed_b2@58  bal_b2@58  1
    shed_b3@58  Obj       10000
    shed_b3@58  bal_b3@58  1
    shed_b4@58  Obj       10000
    shed_b4@58  bal_b4@58  1
    shed_b5@58  Obj       10000
    shed_b5@58  bal_b5@58  1
    p_g0@59   Obj       15.54
    p_g0@59   bal_b0@59  1
    p_g0@59   ramp_g0@59  1
    p_g0@59   reserve@59  1
    p_g0@59   ramp_g0@60  -1
    p_g1@59   Obj       23.55
    p_g1@59   bal_b0@59  1
    p_g2@59   Obj       78.18
    p_g2@59   bal_b1@59  1
    p_g2@59   ramp_g2@59  1
    p_g2@59   reserve@59  1
    p_g2@59   ramp_g2@60  -1
    p_g3@59   Obj       16.25
    p_g3@59   bal_b1@59  1
    p_g3@59   ramp_g3@59  1
    p_g3@59   reserve@59  1
    p_g3@59   ramp_g3@60  -1
    p_g4@59   Obj       25.89
    p_g4@59   bal_b2@59  1
    p_g4@59   ramp_g4@59  1
    p_g4@59   ramp_g4@60  -1
    p_g5@59   Obj       76.68
    p_g5@59   bal_b2@59  1
    p_g5@59   ramp_g5@59  1
    p_g5@59   ramp_g5@60  -1
    p_g6@59   Obj       17.76
    p_g6@59   bal_b3@59  1
    p_g7@59   Obj       21.95
    p_g7@59   bal_b3@59  1
    p_g7@59   ramp_g7@59  1
    p_g7@59   ramp_g7@60  -1
    p_g8@59   Obj       44.12
    p_g8@59   bal_b4@59  1
    p_g8@59   ramp_g8@59  1
    p_g8@59   ramp_g8@60  -1
    p_g9@59   Obj       60.4
    p_g9@59   bal_b4@59  1
    p_g9@59   ramp_g9@59  1
    p_g9@59   mustrun@59  1
    p_g9@59   ramp_g9@60  -1
    p_g10@59  Obj       57.07
    p_g10@59  bal_b5@59  1
    p_g10@59  ramp_g10@59  1
    p_g10@59  mustrun@59  1
    p_g10@59  ramp_g10@60  -1
    p_g11@59  Obj       39.72
    p_g11@59  bal_b5@59  1
    imp@59    Obj       46.85
    imp@59    bal_b5@59  1
    f_l0@59   bal_b0@59  -1
    f_l0@59   bal_b1@59  1
    f_l1@59   bal_b1@59  -1
    f_l1@59   bal_b2@59  1
    f_l2@59   bal_b1@59  -1
    f_l2@59   bal_b3@59  1
    f_l3@59   bal_b3@59  -1
    f_l3@59   bal_b4@59  1
    f_l4@59   bal_b2@59  -1
    f_l4@59   bal_b5@59  1
    f_l5@59   bal_b0@59  -1
    f_l5@59   bal_b3@59  1
    f_l6@59   bal_b0@59  -1
    f_l6@59   bal_b1@59  1
    ch_s0@59  bal_b4@59  -1
    ch_s0@59  soc_s0@59  -0.9243
    dis_s0@59  Obj       0.1
    dis_s0@59  bal_b4@59  1
    dis_s0@59  soc_s0@59  1.0699
    soc_s0@59  soc_s0@59  1
    soc_s0@59  soc_s0@60  -0.9988
    ch_s1@59  bal_b5@59  -1
    ch_s1@59  soc_s1@59  -0.9141
    dis_s1@59  Obj       0.1
    dis_s1@59  bal_b5@59  1
    dis_s1@59  soc_s1@59  1.0893
    soc_s1@59  soc_s1@59  1
    soc_s1@59  soc_s1@60  -0.9982
    ch_s2@59  bal_b3@59  -1
    ch_s2@59  soc_s2@59  -0.8892
    dis_s2@59  Obj       0.1
    dis_s2@59  bal_b3@59  1
    dis_s2@59  soc_s2@59  1.1057
    soc_s2@59  soc_s2@59  1
    soc_s2@59  soc_s2@60  -0.9971
    shed_b0@59  Obj       10000
    shed_b0@59  bal_b0@59  1
    shed_b1@59  Obj       10000
    shed_b1@59  bal_b1@59  1
    shed_b2@59  Obj       10000
    shed_b2@59  bal_b2@59  1
    shed_b3@59  Obj       10000
    shed_b3@59  bal_b3@59  1
    shed_b4@59  Obj       10000
    shed_b4@59  bal_b4@59  1
    shed_b5@59  Obj       10000
    shed_b5@59  bal_b5@59  1
    p_g0@60   Obj       15.54
    p_g0@60   bal_b0@60  1
    p_g0@60   ramp_g0@60  1
    p_g0@60   reserve@60  1
    p_g0@60   ramp_g0@61  -1
    p_g1@60   Obj       23.55
    p_g1@60   bal_b0@60  1
    p_g2@60   Obj       78.18
    p_g2@60   bal_b1@60  1
    p_g2@60   ramp_g2@60  1
    p_g2@60   reserve@60  1
    p_g2@60   ramp_g2@61  -1
    p_g3@60   Obj       16.25
    p_g3@60   bal_b1@60  1
    p_g3@60   ramp_g3@60  1
    p_g3@60   reserve@60  1
    p_g3@60   ramp_g3@61  -1
    p_g4@60   Obj       25.89
    p_g4@60   bal_b2@60  1
    p_g4@60   ramp_g4@60  1
    p_g4@60   ramp_g4@61  -1
    p_g5@60   Obj       76.68
    p_g5@60   bal_b2@60  1
    p_g5@60   ramp_g5@60  1
    p_g5@60   ramp_g5@61  -1
    p_g6@60   Obj       17.76
    p_g6@60   bal_b3@60  1
    p_g7@60   Obj       21.95
    p_g7@60   bal_b3@60  1
    p_g7@60   ramp_g7@60  1
    p_g7@60   ramp_g7@61  -1
    p_g8@60   Obj       44.12
    p_g8@60   bal_b4@60  1
    p_g8@60   ramp_g8@60  1
    p_g8@60   ramp_g8@61  -1
    p_g9@60   Obj       60.4
    p_g9@60   bal_b4@60  1
    p_g9@60   ramp_g9@60  1
    p_g9@60   mustrun@60  1
    p_g9@60   ramp_g9@61  -1
    p_g10@60  Obj       57.07
    p_g10@60  bal_b5@60  1
    p_g10@60  ramp_g10@60  1
    p_g10@60  mustrun@60  1
    p_g10@60  ramp_g10@61  -1
    p_g11@60  Obj       39.72
    p_g11@60  bal_b5@60  1
    imp@60    Obj       46.85
    imp@60    bal_b5@60  1
    f_l0@60   bal_b0@60  -1
    f_l0@60   bal_b1@60  1
    f_l1@60   bal_b1@60  -1
    f_l1@60   bal_b2@60  1
    f_l2@60   bal_b1@60  -1
    f_l2@60   bal_b3@60  1
    f_l3@60   bal_b3@60  -1
    f_l3@60   bal_b4@60  1
    f_l4@60   bal_b2@60  -1
    f_l4@60   bal_b5@60  1
    f_l5@60   bal_b0@60  -1
    f_l5@60   bal_b3@60  1
    f_l6@60   bal_b0@60  -1
    f_l6@60   bal_b1@60  1
    ch_s0@60  bal_b4@60  -1
    ch_s0@60  soc_s0@60  -0.9243
    dis_s0@60  Obj       0.1
    dis_s0@60  bal_b4@60  1
    dis_s0@60  soc_s0@60  1.0699
    soc_s0@60  soc_s0@60  1
    soc_s0@60  soc_s0@61  -0.9988
    ch_s1@60  bal_b5@60  -1
    ch_s1@60  soc_s1@60  -0.9141
    dis_s1@60  Obj       0.1
    dis_s1@60  bal_b5@60  1
    dis_s1@60  soc_s1@60  1.0893
    soc_s1@60  soc_s1@60  1
    soc_s1@60  soc_s1@61  -0.9982
    ch_s2@60  bal_b3@60  -1
    ch_s2@60  soc_s2@60  -0.8892
    dis_s2@60  Obj       0.1
    dis_s2@60  bal_b3@60  1
    dis_s2@60  soc_s2@60  1.1057
    soc_s2@60  soc_s2@60  1
    soc_s2@60  soc_s2@61  -0.9971
    shed_b0@60  Obj       10000
    shed_b0@60  bal_b0@60  1
    shed_b1@60  Obj       10000
    shed_b1@60  bal_b1@60  1
    shed_b2@60  Obj       10000
    shed_b2@60  bal_b2@60  1
    shed_b3@60  Obj       10000
    shed_b3@60  bal_b3@60  1
    shed_b4@60  Obj       10000
    shed_b4@60  bal_b4@60  1
    shed_b5@60  Obj       10000
    shed_b5@60  bal_b5@60  1
    p_g0@61   Obj       15.54
    p_g0@61   bal_b0@61  1
    p_g0@61   ramp_g0@61  1
    p_g0@61   reserve@61  1
    p_g0@61   ramp_g0@62  -1
    p_g1@61   Obj       23.55
    p_g1@61   bal_b0@61  1
    p_g2@61   Obj       78.18
    p_g2@61   bal_b1@61  1
    p_g2@61   ramp_g2@61  1
    p_g2@61   reserve@61  1
    p_g2@61   ramp_g2@62  -1
    p_g3@61   Obj       16.25
    p_g3@61   bal_b1@61  1
    p_g3@61   ramp_g3@61  1
    p_g3@61   reserve@61  1
    p_g3@61   ramp_g3@62  -1
    p_g4@61   Obj       25.89
    p_g4@61   bal_b2@61  1
    p_g4@61   ramp_g4@61  1
    p_g4@61   ramp_g4@62  -1
    p_g5@61   Obj       76.68
    p_g5@61   bal_b2@61  1
    p_g5@61   ramp_g5@61  1
    p_g5@61   ramp_g5@62  -1
    p_g6@61   Obj       17.76
    p_g6@61   bal_b3@61  1
    p_g7@61   Obj       21.95
    p_g7@61   bal_b3@61  1
    p_g7@61   ramp_g7@61  1
    p_g7@61   ramp_g7@62  -1
    p_g8@61   Obj       44.12
    p_g8@61   bal_b4@61  1
    p_g8@61   ramp_g8@61  1
    p_g8@61   ramp_g8@62  -1
    p_g9@61   Obj       60.4
    p_g9@61   bal_b4@61  1
    p_g9@61   ramp_g9@61  1
    p_g9@61   mustrun@61  1
    p_g9@61   ramp_g9@62  -1
    p_g10@61  Obj       57.07
    p_g10@61  bal_b5@61  1
    p_g10@61  ramp_g10@61  1
    p_g10@61  mustrun@61  1
    p_g10@61  ramp_g10@62  -1
    p_g11@61  Obj       39.72
    p_g11@61  bal_b5@61  1
    imp@61    Obj       46.85
    imp@61    bal_b5@61  1
    f_l0@61   bal_b0@61  -1
    f_l0@61   bal_b1@61  1
    f_l1@61   bal_b1@61  -1
    f_l1@61   bal_b2@61  1
    f_l2@61   bal_b1@61  -1
    f_l2@61   bal_b3@61  1
    f_l3@61   bal_b3@61  -1
    f_l3@61   bal_b4@61  1
    f_l4@61   bal_b2@61  -1
    f_l4@61   bal_b5@61  1
    f_l5@61   bal_b0@61  -1
    f_l5@61   bal_b3@61  1
    f_l6@61   bal_b0@61  -1
    f_l6@61   bal_b1@61  1
    ch_s0@61  bal_b4@61  -1
    ch_s0@61  soc_s0@61  -0.9243
    dis_s0@61  Obj       0.1
    dis_s0@61  bal_b4@61  1
    dis_s0@61  soc_s0@61  1.0699
    soc_s0@61  soc_s0@61  1
    soc_s0@61  soc_s0@62  -0.9988
    ch_s1@61  bal_b5@61  -1
    ch_s1@61  soc_s1@61  -0.9141
    dis_s1@61  Obj       0.1
    dis_s1@61  bal_b5@61  1
    dis_s1@61  soc_s1@61  1.0893
    soc_s1@61  soc_s1@61  1
    soc_s1@61  soc_s1@62  -0.9982
    ch_s2@61  bal_b3@61  -1
    ch_s2@61  soc_s2@61  -0.8892
    dis_s2@61  Obj       0.1
    dis_s2@61  bal_b3@61  1
    dis_s2@61  soc_s2@61  1.1057
    soc_s2@61  soc_s2@61  1
    soc_s2@61  soc_s2@62  -0.9971
    shed_b0@61  Obj       10000
    shed_b0@61  bal_b0@61  1
    shed_b1@61  Obj       10000
    shed_b1@61  bal_b1@61  1
    shed_b2@61  Obj       10000
    shed_b2@61  bal_b2@61  1
    shed_b3@61  Obj       10000
    shed_b3@61  bal_b3@61  1
    shed_b4@61  Obj       10000
    shed_b4@61  bal_b4@61  1
    shed_b5@61  Obj       10000
    shed_b5@61  bal_b5@61  1
    p_g0@62   Obj       15.54
    p_g0@62   bal_b0@62  1
    p_g0@62   ramp_g0@62  1
    p_g0@62   reserve@62  1
    p_g0@62   ramp_g0@63  -1
    p_g1@62   Obj       23.55
    p_g1@62   bal_b0@62  1
    p_g2@62   Obj       78.18
    p_g2@62   bal_b1@62  1
    p_g2@62   ramp_g2@62  1
    p_g2@62   reserve@62  1
    p_g2@62   ramp_g2@63  -1
    p_g3@62   Obj       16.25
    p_g3@62   bal_b1@62  1
    p_g3@62   ramp_g3@62  1
    p_g3@62   reserve@62  1
    p_g3@62   ramp_g3@63  -1
    p_g4@62   Obj       25.89
    p_g4@62   bal_b2@62  1
    p_g4@62   ramp_g4@62  1
    p_g4@62   ramp_g4@63  -1
    p_g5@62   Obj       76.68
    p_g5@62   bal_b2@62  1
    p_g5@62   ramp_g5@62  1
    p_g5@62   ramp_g5@63  -1
    p_g6@62   Obj       17.76
    p_g6@62   bal_b3@62  1
    p_g7@62   Obj       21.95
    p_g7@62   bal_b3@62  1
    p_g7@62   ramp_g7@62  1
    p_g7@62   ramp_g7@63  -1
    p_g8@62   Obj       44.12
    p_g8@62   bal_b4@62  1
    p_g8@62   ramp_g8@62  1
    p_g8@62   ramp_g8@63  -1
    p_g9@62   Obj       60.4
    p_g9@62   bal_b4@62  1
    p_g9@62   ramp_g9@62  1
    p_g9@62   mustrun@62  1
    p_g9@62   ramp_g9@63  -1
    p_g10@62  Obj       57.07
    p_g10@62  bal_b5@62  1
    p_g10@62  ramp_g10@62  1
    p_g10@62  mustrun@62  1
    p_g10@62  ramp_g10@63  -1
    p_g11@62  Obj       39.72
    p_g11@62  bal_b5@62  1
    imp@62    Obj       46.85
    imp@62    bal_b5@62  1
    f_l0@62   bal_b0@62  -1
    f_l0@62   bal_b1@62  1
    f_l1@62   bal_b1@62  -1
    f_l1@62   bal_b2@62  1
    f_l2@62   bal_b1@62  -1
    f_l2@62   bal_b3@62  1
    f_l3@62   bal_b3@62  -1
    f_l3@62   bal_b4@62  1
    f_l4@62   bal_b2@62  -1
    f_l4@62   bal_b5@62  1
    f_l5@62   bal_b0@62  -1
    f_l5@62   bal_b3@62  1
    f_l6@62   bal_b0@62  -1
    f_l6@62   bal_b1@62  1
    ch_s0@62  bal_b4@62  -1
    ch_s0@62  soc_s0@62  -0.9243
    dis_s0@62  Obj       0.1
    dis_s0@62  bal_b4@62  1
    dis_s0@62  soc_s0@62  1.0699
    soc_s0@62  soc_s0@62  1
    soc_s0@62  soc_s0@63  -0.9988
    ch_s1@62  bal_b5@62  -1
    ch_s1@62  soc_s1@62  -0.9141
    dis_s1@62  Obj       0.1
    dis_s1@62  bal_b5@62  1
    dis_s1@62  soc_s1@62  1.0893
    soc_s1@62  soc_s1@62  1
    soc_s1@62  soc_s1@63  -0.9982
    ch_s2@62  bal_b3@62  -1
    ch_s2@62  soc_s2@62  -0.8892
    dis_s2@62  Obj       0.1
    dis_s2@62  bal_b3@62  1
    dis_s2@62  soc_s2@62  1.1057
    soc_s2@62  soc_s2@62  1
    soc_s2@62  soc_s2@63  -0.9971
    shed_b0@62  Obj       10000
    shed_b0@62  bal_b0@62  1
    shed_b1@62  Obj       10000
    shed_b1@62  bal_b1@62  1
    shed_b2@62  Obj       10000
    shed_b2@62  bal_b2@62  1
    shed_b3@62  Obj       10000
    shed_b3@62  bal_b3@62  1
    shed_b4@62  Obj       10000
    shed_b4@62  bal_b4@62  1
    shed_b5@62  Obj       10000
    shed_b5@62  bal_b5@62  1
    p_g0@63   Obj       15.54
    p_g0@63   bal_b0@63  1
    p_g0@63   ramp_g0@63  1
    p_g0@63   reserve@63  1
    p_g0@63   ramp_g0@64  -1
    p_g1@63   Obj       23.55
    p_g1@63   bal_b0@63  1
    p_g2@63   Obj       78.18
    p_g2@63   bal_b1@63  1
    p_g2@63   ramp_g2@63  1
    p_g2@63   reserve@63  1
    p_g2@63   ramp_g2@64  -1
    p_g3@63   Obj       16.25
    p_g3@63   bal_b1@63  1
    p_g3@63   ramp_g3@63  1
    p_g3@63   reserve@63  1
    p_g3@63   ramp_g3@64  -1
    p_g4@63   Obj       25.89
    p_g4@63   bal_b2@63  1
    p_g4@63   ramp_g4@63  1
    p_g4@63   ramp_g4@64  -1
    p_g5@63   Obj       76.68
    p_g5@63   bal_b2@63  1
    p_g5@63   ramp_g5@63  1
    p_g5@63   ramp_g5@64  -1
    p_g6@63   Obj       17.76
    p_g6@63   bal_b3@63  1
    p_g7@63   Obj       21.95
    p_g7@63   bal_b3@63  1
    p_g7@63   ramp_g7@63  1
    p_g7@63   ramp_g7@64  -1
    p_g8@63   Obj       44.12
    p_g8@63   bal_b4@63  1
    p_g8@63   ramp_g8@63  1
    p_g8@63   ramp_g8@64  -1
    p_g9@63   Obj       60.4
    p_g9@63   bal_b4@63  1
    p_g9@63   ramp_g9@63  1
    p_g9@63   mustrun@63  1
    p_g9@63   ramp_g9@64  -1
    p_g10@63  Obj       57.07
    p_g10@63  bal_b5@63  1
    p_g10@63  ramp_g10@63  1
    p_g10@63  mustrun@63  1
    p_g10@63  ramp_g10@64  -1
    p_g11@63  Obj       39.72
    p_g11@63  bal_b5@63  1
    imp@63    Obj       46.85
    imp@63    bal_b5@63  1
    f_l0@63   bal_b0@63  -1
    f_l0@63   bal_b1@63  1
    f_l1@63   bal_b1@63  -1
    f_l1@63   bal_b2@63  1
    f_l2@63   bal_b1@63  -1
    f_l2@63   bal_b3@63  1
    f_l3@63   bal_b3@63  -1
    f_l3@63   bal_b4@63  1
    f_l4@63   bal_b2@63  -1
    f_l4@63   bal_b5@63  1
    f_l5@63   bal_b0@63  -1
    f_l5@63   bal_b3@63  1
    f_l6@63   bal_b0@63  -1
    f_l6@63   bal_b1@63  1
    ch_s0@63  bal_b4@63  -1
    ch_s0@63  soc_s0@63  -0.9243
    dis_s0@63  Obj       0.1
    dis_s0@63  bal_b4@63  1
    dis_s0@63  soc_s0@63  1.0699
    soc_s0@63  soc_s0@63  1
    soc_s0@63  soc_s0@64  -0.9988
    ch_s1@63  bal_b5@63  -1
    ch_s1@63  soc_s1@63  -0.9141
    dis_s1@63  Obj       0.1
    dis_s1@63  bal_b5@63  1
    dis_s1@63  soc_s1@63  1.0893
    soc_s1@63  soc_s1@63  1
    soc_s1@63  soc_s1@64  -0.9982
    ch_s2@63  bal_b3@63  -1
    ch_s2@63  soc_s2@63  -0.8892
    dis_s2@63  Obj       0.1
    dis_s2@63  bal_b3@63  1
    dis_s2@63  soc_s2@63  1.1057
    soc_s2@63  soc_s2@63  1
    soc_s2@63  soc_s2@64  -0.9971
    shed_b0@63  Obj       10000
    shed_b0@63  bal_b0@63  1
    shed_b1@63  Obj       10000
    shed_b1@63  bal_b1@63  1
    shed_b2@63  Obj       10000
    shed_b2@63  bal_b2@63  1
    shed_b3@63  Obj       10000
    shed_b3@63  bal_b3@63  1
    shed_b4@63  Obj       10000
    shed_b4@63  bal_b4@63  1
    shed_b5@63  Obj       10000
    shed_b5@63  bal_b5@63  1
    p_g0@64   Obj       15.54
    p_g0@64   bal_b0@64  1
    p_g0@64   ramp_g0@64  1
    p_g0@64   reserve@64  1
    p_g0@64   ramp_g0@65  -1
    p_g1@64   Obj       23.55
    p_g1@64   bal_b0@64  1
    p_g2@64   Obj       78.18
    p_g2@64   bal_b1@64  1
    p_g2@64   ramp_g2@64  1
    p_g2@64   reserve@64  1
    p_g2@64   ramp_g2@65  -1
    p_g3@64   Obj       16.25
    p_g3@64   bal_b1@64  1
    p_g3@64   ramp_g3@64  1
    p_g3@64   reserve@64  1
    p_g3@64   ramp_g3@65  -1
    p_g4@64   Obj       25.89
    p_g4@64   bal_b2@64  1
    p_g4@64   ramp_g4@64  1
    p_g4@64   ramp_g4@65  -1
    p_g5@64   Obj       76.68
    p_g5@64   bal_b2@64  1
    p_g5@64   ramp_g5@64  1
    p_g5@64   ramp_g5@65  -1
    p_g6@64   Obj       17.76
    p_g6@64   bal_b3@64  1
    p_g7@64   Obj       21.95
    p_g7@64   bal_b3@64  1
    p_g7@64   ramp_g7@64  1
    p_g7@64   ramp_g7@65  -1
    p_g8@64   Obj       44.12
    p_g8@64   bal_b4@64  1
    p_g8@64   ramp_g8@64  1
    p_g8@64   ramp_g8@65  -1
    p_g9@64   Obj       60.4
    p_g9@64   bal_b4@64  1
    p_g9@64   ramp_g9@64  1
    p_g9@64   mustrun@64  1
    p_g9@64   ramp_g9@65  -1
    p_g10@64  Obj       57.07
    p_g10@64  bal_b5@64  1
    p_g10@64  ramp_g10@64  1
    p_g10@64  mustrun@64  1
    p_g10@64  ramp_g10@65  -1
    p_g11@64  Obj       39.72
    p_g11@64  bal_b5@64  1
    imp@64    Obj       46.85
    imp@64    bal_b5@64  1
    f_l0@64   bal_b0@64  -1
    f_l0@64   bal_b1@64  1
    f_l1@64   bal_b1@64  -1
    f_l1@64   bal_b2@64  1
    f_l2@64   bal_b1@64  -1
    f_l2@64   bal_b3@64  1
    f_l3@64   bal_b3@64  -1
    f_l3@64   bal_b4@64  1
    f_l4@64   bal_b2@64  -1
    f_l4@64   bal_b5@64  1
    f_l5@64   bal_b0@64  -1
    f_l5@64   bal_b3@64  1
    f_l6@64   bal_b0@64  -1
    f_l6@64   bal_b1@64  1
    ch_s0@64  bal_b4@64  -1
    ch_s0@64  soc_s0@64  -0.9243
    dis_s0@64  Obj       0.1
    dis_s0@64  bal_b4@64  1
    dis_s0@64  soc_s0@64  1.0699
    soc_s0@64  soc_s0@64  1
    soc_s0@64  soc_s0@65  -0.9988
    ch_s1@64  bal_b5@64  -1
    ch_s1@64  soc_s1@64  -0.9141
    dis_s1@64  Obj       0.1
    dis_s1@64  bal_b5@64  1
    dis_s1@64  soc_s1@64  1.0893
    soc_s1@64  soc_s1@64  1
    soc_s1@64  soc_s1@65  -0.9982
    ch_s2@64  bal_b3@64  -1
    ch_s2@64  soc_s2@64  -0.8892
    dis_s2@64  Obj       0.1
    dis_s2@64  bal_b3@64  1
    dis_s2@64  soc_s2@64  1.1057
    soc_s2@64  soc_s2@64  1
    soc_s2@64  soc_s2@65  -0.9971
    shed_b0@64  Obj       10000
    shed_b0@64  bal_b0@64  1
    shed_b1@64  Obj       10000
    shed_b1@64  bal_b1@64  1
    shed_b2@64  Obj       10000
    shed_b2@64  bal_b2@64  1
    shed_b3@64  Obj       10000
    shed_b3@64  bal_b3@64  1
    shed_b4@64  Obj       10000
    shed_b4@64  bal_b4@64  1
    shed_b5@64  Obj       10000
    shed_b5@64  bal_b5@64  1
    p_g0@65   Obj       15.54
    p_g0@65   bal_b0@65  1
    p_g0@65   ramp_g0@65  1
    p_g0@65   reserve@65  1
    p_g0@65   ramp_g0@66  -1
    p_g1@65   Obj       23.55
    p_g1@65   bal_b0@65  1
    p_g2@65   Obj       78.18
    p_g2@65   bal_b1@65  1
    p_g2@65   ramp_g2@65  1
    p_g2@65   reserve@65  1
    p_g2@65   ramp_g2@66  -1
    p_g3@65   Obj       16.25
    p_g3@65   bal_b1@65  1
    p_g3@65   ramp_g3@65  1
    p_g3@65   reserve@65  1
    p_g3@65   ramp_g3@66  -1
    p_g4@65   Obj       25.89
    p_g4@65   bal_b2@65  1
    p_g4@65   ramp_g4@65  1
    p_g4@65   ramp_g4@66  -1
    p_g5@65   Obj       76.68
    p_g5@65   bal_b2@65  1
    p_g5@65   ramp_g5@65  1
    p_g5@65   ramp_g5@66  -1
    p_g6@65   Obj       17.76
    p_g6@65   bal_b3@65  1
    p_g7@65   Obj       21.95
    p_g7@65   bal_b3@65  1
    p_g7@65   ramp_g7@65  1
    p_g7@65   ramp_g7@66  -1
    p_g8@65   Obj       44.12
    p_g8@65   bal_b4@65  1
    p_g8@65   ramp_g8@65  1
    p_g8@65   ramp_g8@66  -1
    p_g9@65   Obj       60.4
    p_g9@65   bal_b4@65  1
    p_g9@65   ramp_g9@65  1
    p_g9@65   mustrun@65  1
    p_g9@65   ramp_g9@66  -1
    p_g10@65  Obj       57.07
    p_g10@65  bal_b5@65  1
    p_g10@65  ramp_g10@65  1
    p_g10@65  mustrun@65  1
    p_g10@65  ramp_g10@66  -1
    p_g11@65  Obj       39.72
    p_g11@65  bal_b5@65  1
    imp@65    Obj       46.85
    imp@65    bal_b5@65  1
    f_l0@65   bal_b0@65  -1
    f_l0@65   bal_b1@65  1
    f_l1@65   bal_b1@65  -1
    f_l1@65   bal_b2@65  1
    f_l2@65   bal_b1@65  -1
    f_l2@65   bal_b3@65  1
    f_l3@65   bal_b3@65  -1
    f_l3@65   bal_b4@65  1
    f_l4@65   bal_b2@65  -1
    f_l4@65   bal_b5@65  1
    f_l5@65   bal_b0@65  -1
    f_l5@65   bal_b3@65  1
    f_l6@65   bal_b0@65  -1
    f_l6@65   bal_b1@65  1
    ch_s0@65  bal_b4@65  -1
    ch_s0@65  soc_s0@65  -0.9243
    dis_s0@65  Obj       0.1
    dis_s0@65  bal_b4@65  1
    dis_s0@65  soc_s0@65  1.0699
    soc_s0@65  soc_s0@65  1
    soc_s0@65  soc_s0@66  -0.9988
    ch_s1@65  bal_b5@65  -1
    ch_s1@65  soc_s1@65  -0.9141
    dis_s1@65  Obj       0.1
    dis_s1@65  bal_b5@65  1
    dis_s1@65  soc_s1@65  1.0893
    soc_s1@65  soc_s1@65  1
    soc_s1@65  soc_s1@66  -0.9982
    ch_s2@65  bal_b3@65  -1
    ch_s2@65  soc_s2@65  -0.8892
    dis_s2@65  Obj       0.1
    dis_s2@65  bal_b3@65  1
    dis_s2@65  soc_s2@65  1.1057
    soc_s2@65  soc_s2@65  1
    soc_s2@65  soc_s2@66  -0.9971
    shed_b0@65  Obj       10000
    shed_b0@65  bal_b0@65  1
    shed_b1@65  Obj       10000
    shed_b1@65  bal_b1@65  1
    shed_b2@65  Obj       10000
    shed_b2@65  bal_b2@65  1
    shed_b3@65  Obj       10000
    shed_b3@65  bal_b3@65  1
    shed_b4@65  Obj       10000
    shed_b4@65  bal_b4@65  1
    shed_b5@65  Obj       10000
    shed_b5@65  bal_b5@65  1
    p_g0@66   Obj       15.54
    p_g0@66   bal_b0@66  1
    p_g0@66   ramp_g0@66  1
    p_g0@66   reserve@66  1
    p_g0@66   ramp_g0@67  -1
    p_g1@66   Obj       23.55
    p_g1@66   bal_b0@66  1
    p_g2@66   Obj       78.18
    p_g2@66   bal_b1@66  1
    p_g2@66   ramp_g2@66  1
    p_g2@66   reserve@66  1
    p_g2@66   ramp_g2@67  -1
    p_g3@66   Obj       16.25
    p_g3@66   bal_b1@66  1
    p_g3@66   ramp_g3@66  1
    p_g3@66   reserve@66  1
    p_g3@66   ramp_g3@67  -1
    p_g4@66   Obj       25.89
    p_g4@66   bal_b2@66  1
    p_g4@66   ramp_g4@66  1
    p_g4@66   ramp_g4@67  -1
    p_g5@66   Obj       76.68
    p_g5@66   bal_b2@66  1
    p_g5@66   ramp_g5@66  1
    p_g5@66   ramp_g5@67  -1
    p_g6@66   Obj       17.76
    p_g6@66   bal_b3@66  1
    p_g7@66   Obj       21.95
    p_g7@66   bal_b3@66  1
    p_g7@66   ramp_g7@66  1
    p_g7@66   ramp_g7@67  -1
    p_g8@66   Obj       44.12
    p_g8@66   bal_b4@66  1
    p_g8@66   ramp_g8@66  1
    p_g8@66   ramp_g8@67  -1
    p_g9@66   Obj       60.4
    p_g9@66   bal_b4@66  1
    p_g9@66   ramp_g9@66  1
    p_g9@66   mustrun@66  1
    p_g9@66   ramp_g9@67  -1
    p_g10@66  Obj       57.07
    p_g10@66  bal_b5@66  1
    p_g10@66  ramp_g10@66  1
    p_g10@66  mustrun@66  1
    p_g10@66  ramp_g10@67  -1
    p_g11@66  Obj       39.72
    p_g11@66  bal_b5@66  1
    imp@66    Obj       46.85
    imp@66    bal_b5@66  1
    f_l0@66   bal_b0@66  -1
    f_l0@66   bal_b1@66  1
    f_l1@66   bal_b1@66  -1
    f_l1@66   bal_b2@66  1
    f_l2@66   bal_b1@66  -1
    f_l2@66   bal_b3@66  1
    f_l3@66   bal_b3@66  -1
    f_l3@66   bal_b4@66  1
    f_l4@66   bal_b2@66  -1
    f_l4@66   bal_b5@66  1
    f_l5@66   bal_b0@66  -1
    f_l5@66   bal_b3@66  1
    f_l6@66   bal_b0@66  -1
    f_l6@66   bal_b1@66  1
    ch_s0@66  bal_b4@66  -1
    ch_s0@66  soc_s0@66  -0.9243
    dis_s0@66  Obj       0.1
    dis_s0@66  bal_b4@66  1
    dis_s0@66  soc_s0@66  1.0699
    soc_s0@66  soc_s0@66  1
    soc_s0@66  soc_s0@67  -0.9988
    ch_s1@66  bal_b5@66  -1
    ch_s1@66  soc_s1@66  -0.9141
    dis_s1@66  Obj       0.1
    dis_s1@66  bal_b5@66  1
    dis_s1@66  soc_s1@66  1.0893
    soc_s1@66  soc_s1@66  1
    soc_s1@66  soc_s1@67  -0.9982
    ch_s2@66  bal_b3@66  -1
    ch_s2@66  soc_s2@66  -0.8892
    dis_s2@66  Obj       0.1
    dis_s2@66  bal_b3@66  1
    dis_s2@66  soc_s2@66  1.1057
    soc_s2@66  soc_s2@66  1
    soc_s2@66  soc_s2@67  -0.9971
    shed_b0@66  Obj       10000
    shed_b0@66  bal_b0@66  1
    shed_b1@66  Obj       10000
    shed_b1@66  bal_b1@66  1
    shed_b2@66  Obj       10000
    shed_b2@66  bal_b2@66  1
    shed_b3@66  Obj       10000
    shed_b3@66  bal_b3@66  1
    shed_b4@66  Obj       10000
    shed_b4@66  bal_b4@66  1
    shed_b5@66  Obj       10000
    shed_b5@66  bal_b5@66  1
    p_g0@67   Obj       15.54
    p_g0@67   bal_b0@67  1
    p_g0@67   ramp_g0@67  1
    p_g0@67   reserve@67  1
    p_g0@67   ramp_g0@68  -1
    p_g1@67   Obj       23.55
    p_g1@67   bal_b0@67  1
    p_g2@67   Obj       78.18
    p_g2@67   bal_b1@67  1
    p_g2@67   ramp_g2@67  1
    p_g2@67   reserve@67  1
    p_g2@67   ramp_g2@68  -1
    p_g3@67   Obj       16.25
    p_g3@67   bal_b1@67  1
    p_g3@67   ramp_g3@67  1
    p_g3@67   reserve@67  1
    p_g3@67   ramp_g3@68  -1
    p_g4@67   Obj       25.89
    p_g4@67   bal_b2@67  1
    p_g4@67   ramp_g4@67  1
    p_g4@67   ramp_g4@68  -1
    p_g5@67   Obj       76.68
    p_g5@67   bal_b2@67  1
    p_g5@67   ramp_g5@67  1
    p_g5@67   ramp_g5@68  -1
    p_g6@67   Obj       17.76
    p_g6@67   bal_b3@67  1
    p_g7@67   Obj       21.95
    p_g7@67   bal_b3@67  1
    p_g7@67   ramp_g7@67  1
    p_g7@67   ramp_g7@68  -1
    p_g8@67   Obj       44.12
    p_g8@67   bal_b4@67  1
    p_g8@67   ramp_g8@67  1
    p_g8@67   ramp_g8@68  -1
    p_g9@67   Obj       60.4
    p_g9@67   bal_b4@67  1
    p_g9@67   ramp_g9@67  1
    p_g9@67   mustrun@67  1
    p_g9@67   ramp_g9@68  -1
    p_g10@67  Obj       57.07
    p_g10@67  bal_b5@67  1
    p_g10@67  ramp_g10@67  1
    p_g10@67  mustrun@67  1
    p_g10@67  ramp_g10@68  -1
    p_g11@67  Obj       39.72
    p_g11@67  bal_b5@67  1
    imp@67    Obj       46.85
    imp@67    bal_b5@67  1
    f_l0@67   bal_b0@67  -1
    f_l0@67   bal_b1@67  1
    f_l1@67   bal_b1@67  -1
    f_l1@67   bal_b2@67  1
    f_l2@67   bal_b1@67  -1
    f_l2@67   bal_b3@67  1
    f_l3@67   bal_b3@67  -1
    f_l3@67   bal_b4@67  1
    f_l4@67   bal_b2@67  -1
    f_l4@67   bal_b5@67  1
    f_l5@67   bal_b0@67  -1
    f_l5@67   bal_b3@67  1
    f_l6@67   bal_b0@67  -1
    f_l6@67   bal_b1@67  1
    ch_s0@67  bal_b4@67  -1
    ch_s0@67  soc_s0@67  -0.9243
    dis_s0@67  Obj       0.1
    dis_s0@67  bal_b4@67  1
    dis_s0@67  soc_s0@67  1.0699
    soc_s0@67  soc_s0@67  1
    soc_s0@67  soc_s0@68  -0.9988
    ch_s1@67  bal_b5@67  -1
    ch_s1@67  soc_s1@67  -0.9141
    dis_s1@67  Obj       0.1
    dis_s1@67  bal_b5@67  1
    dis_s1@67  soc_s1@67  1.0893
    soc_s1@67  soc_s1@67  1
    soc_s1@67  soc_s1@68  -0.9982
    ch_s2@67  bal_b3@67  -1
    ch_s2@67  soc_s2@67  -0.8892
    dis_s2@67  Obj       0.1
    dis_s2@67  bal_b3@67  1
    dis_s2@67  soc_s2@67  1.1057
    soc_s2@67  soc_s2@67  1
    soc_s2@67  soc_s2@68  -0.9971
    shed_b0@67  Obj       10000
    shed_b0@67  bal_b0@67  1
    shed_b1@67  Obj       10000
    shed_b1@67  bal_b1@67  1
    shed_b2@67  Obj       10000
    shed_b2@67  bal_b2@67  1
    shed_b3@67  Obj       10000
    shed_b3@67  bal_b3@67  1
    shed_b4@67  Obj       10000
    shed_b4@67  bal_b4@67  1
    shed_b5@67  Obj       10000
    shed_b5@67  bal_b5@67  1
    p_g0@68   Obj       15.54
    p_g0@68   bal_b0@68  1
    p_g0@68   ramp_g0@68  1
    p_g0@68   reserve@68  1
    p_g0@68   ramp_g0@69  -1
    p_g1@68   Obj       23.55
    p_g1@68   bal_b0@68  1
    p_g2@68   Obj       78.18
    p_g2@68   bal_b1@68  1
    p_g2@68   ramp_g2@68  1
    p_g2@68   reserve@68  1
    p_g2@68   ramp_g2@69  -1
    p_g3@68   Obj       16.25
    p_g3@68   bal_b1@68  1
    p_g3@68   ramp_g3@68  1
    p_g3@68   reserve@68  1
    p_g3@68   ramp_g3@69  -1
    p_g4@68   Obj       25.89
    p_g4@68   bal_b2@68  1
    p_g4@68   ramp_g4@68  1
    p_g4@68   ramp_g4@69  -1
    p_g5@68   Obj       76.68
    p_g5@68   bal_b2@68  1
    p_g5@68   ramp_g5@68  1
    p_g5@68   ramp_g5@69  -1
    p_g6@68   Obj       17.76
    p_g6@68   bal_b3@68  1
    p_g7@68   Obj       21.95
    p_g7@68   bal_b3@68  1
    p_g7@68   ramp_g7@68  1
    p_g7@68   ramp_g7@69  -1
    p_g8@68   Obj       44.12
    p_g8@68   bal_b4@68  1
    p_g8@68   ramp_g8@68  1
    p_g8@68   ramp_g8@69  -1
    p_g9@68   Obj       60.4
    p_g9@68   bal_b4@68  1
    p_g9@68   ramp_g9@68  1
    p_g9@68   mustrun@68  1
    p_g9@68   ramp_g9@69  -1
    p_g10@68  Obj       57.07
    p_g10@68  bal_b5@68  1
    p_g10@68  ramp_g10@68  1
    p_g10@68  mustrun@68  1
    p_g10@68  ramp_g10@69  -1
    p_g11@68  Obj       39.72
    p_g11@68  bal_b5@68  1
    imp@68    Obj       46.85
    imp@68    bal_b5@68  1
    f_l0@68   bal_b0@68  -1
    f_l0@68   bal_b1@68  1
    f_l1@68   bal_b1@68  -1
    f_l1@68   bal_b2@68  1
    f_l2@68   bal_b1@68  -1
    f_l2@68   bal_b3@68  1
    f_l3@68   bal_b3@68  -1
    f_l3@68   bal_b4@68  1
    f_l4@68   bal_b2@68  -1
    f_l4@68   bal_b5@68  1
    f_l5@68   bal_b0@68  -1
    f_l5@68   bal_b3@68  1
    f_l6@68   bal_b0@68  -1
    f_l6@68   bal_b1@68  1
    ch_s0@68  bal_b4@68  -1
    ch_s0@68  soc_s0@68  -0.9243
    dis_s0@68  Obj       0.1
    dis_s0@68  bal_b4@68  1
    dis_s0@68  soc_s0@68  1.0699
    soc_s0@68  soc_s0@68  1
    soc_s0@68  soc_s0@69  -0.9988
    ch_s1@68  bal_b5@68  -1
    ch_s1@68  soc_s1@68  -0.9141
    dis_s1@68  Obj       0.1
    dis_s1@68  bal_b5@68  1
    dis_s1@68  soc_s1@68  1.0893
    soc_s1@68  soc_s1@68  1
    soc_s1@68  soc_s1@69  -0.9982
    ch_s2@68  bal_b3@68  -1
    ch_s2@68  soc_s2@68  -0.8892
    dis_s2@68  Obj       0.1
    dis_s2@68  bal_b3@68  1
    dis_s2@68  soc_s2@68  1.1057
    soc_s2@68  soc_s2@68  1
    soc_s2@68  soc_s2@69  -0.9971
    shed_b0@68  Obj       10000
    shed_b0@68  bal_b0@68  1
    shed_b1@68  Obj       10000
    shed_b1@68  bal_b1@68  1
    shed_b2@68  Obj       10000
    shed_b2@68  bal_b2@68  1
    shed_b3@68  Obj       10000
    shed_b3@68  bal_b3@68  1
    shed_b4@68  Obj       10000
    shed_b4@68  bal_b4@68  1
    shed_b5@68  Obj       10000
    shed_b5@68  bal_b5@68  1
    p_g0@69   Obj       15.54
    p_g0@69   bal_b0@69  1
    p_g0@69   ramp_g0@69  1
    p_g0@69   reserve@69  1
    p_g0@69   ramp_g0@70  -1
    p_g1@69   Obj       23.55
    p_g1@69   bal_b0@69  1
    p_g2@69   Obj       78.18
    p_g2@69   bal_b1@69  1
    p_g2@69   ramp_g2@69  1
    p_g2@69   reserve@69  1
    p_g2@69   ramp_g2@70  -1
    p_g3@69   Obj       16.25
    p_g3@69   bal_b1@69  1
    p_g3@69   ramp_g3@69  1
    p_g3@69   reserve@69  1
    p_g3@69   ramp_g3@70  -1
    p_g4@69   Obj       25.89
    p_g4@69   bal_b2@69  1
    p_g4@69   ramp_g4@69  1
    p_g4@69   ramp_g4@70  -1
    p_g5@69   Obj       76.68
    p_g5@69   bal_b2@69  1
    p_g5@69   ramp_g5@69  1
    p_g5@69   ramp_g5@70  -1
    p_g6@69   Obj       17.76
    p_g6@69   bal_b3@69  1
    p_g7@69   Obj       21.95
    p_g7@69   bal_b3@69  1
    p_g7@69   ramp_g7@69  1
    p_g7@69   ramp_g7@70  -1
    p_g8@69   Obj       44.12
    p_g8@69   bal_b4@69  1
    p_g8@69   ramp_g8@69  1
    p_g8@69   ramp_g8@70  -1
    p_g9@69   Obj       60.4
    p_g9@69   bal_b4@69  1
    p_g9@69   ramp_g9@69  1
    p_g9@69   mustrun@69  1
    p_g9@69   ramp_g9@70  -1
    p_g10@69  Obj       57.07
    p_g10@69  bal_b5@69  1
    p_g10@69  ramp_g10@69  1
    p_g10@69  mustrun@69  1
    p_g10@69  ramp_g10@70  -1
    p_g11@69  Obj       39.72
    p_g11@69  bal_b5@69  1
    imp@69    Obj       46.85
    imp@69    bal_b5@69  1
    f_l0@69   bal_b0@69  -1
    f_l0@69   bal_b1@69  1
    f_l1@69   bal_b1@69  -1
    f_l1@69   bal_b2@69  1
    f_l2@69   bal_b1@69  -1
    f_l2@69   bal_b3@69  1
    f_l3@69   bal_b3@69  -1
    f_l3@69   bal_b4@69  1
    f_l4@69   bal_b2@69  -1
    f_l4@69   bal_b5@69  1
    f_l5@69   bal_b0@69  -1
    f_l5@69   bal_b3@69  1
    f_l6@69   bal_b0@69  -1
    f_l6@69   bal_b1@69  1
    ch_s0@69  bal_b4@69  -1
    ch_s0@69  soc_s0@69  -0.9243
    dis_s0@69  Obj       0.1
    dis_s0@69  bal_b4@69  1
    dis_s0@69  soc_s0@69  1.0699
    soc_s0@69  soc_s0@69  1
    soc_s0@69  soc_s0@70  -0.9988
    ch_s1@69  bal_b5@69  -1
    ch_s1@69  soc_s1@69  -0.9141
    dis_s1@69  Obj       0.1
    dis_s1@69  bal_b5@69  1
    dis_s1@69  soc_s1@69  1.0893
    soc_s1@69  soc_s1@69  1
    soc_s1@69  soc_s1@70  -0.9982
    ch_s2@69  bal_b3@69  -1
    ch_s2@69  soc_s2@69  -0.8892
    dis_s2@69  Obj       0.1
    dis_s2@69  bal_b3@69  1
    dis_s2@69  soc_s2@69  1.1057
    soc_s2@69  soc_s2@69  1
    soc_s2@69  soc_s2@70  -0.9971
    shed_b0@69  Obj       10000
    shed_b0@69  bal_b0@69  1
    shed_b1@69  Obj       10000
    shed_b1@69  bal_b1@69  1
    shed_b2@69  Obj       10000
    shed_b2@69  bal_b2@69  1
    shed_b3@69  Obj       10000
    shed_b3@69  bal_b3@69  1
    shed_b4@69  Obj       10000
    shed_b4@69  bal_b4@69  1
    shed_b5@69  Obj       10000
    shed_b5@69  bal_b5@69  1
    p_g0@70   Obj       15.54
    p_g0@70   bal_b0@70  1
    p_g0@70   ramp_g0@70  1
    p_g0@70   reserve@70  1
    p_g0@70   ramp_g0@71  -1
    p_g1@70   Obj       23.55
    p_g1@70   bal_b0@70  1
    p_g2@70   Obj       78.18
    p_g2@70   bal_b1@70  1
    p_g2@70   ramp_g2@70  1
    p_g2@70   reserve@70  1
    p_g2@70   ramp_g2@71  -1
    p_g3@70   Obj       16.25
    p_g3@70   bal_b1@70  1
    p_g3@70   ramp_g3@70  1
    p_g3@70   reserve@70  1
    p_g3@70   ramp_g3@71  -1
    p_g4@70   Obj       25.89
    p_g4@70   bal_b2@70  1
    p_g4@70   ramp_g4@70  1
    p_g4@70   ramp_g4@71  -1
    p_g5@70   Obj       76.68
    p_g5@70   bal_b2@70  1
    p_g5@70   ramp_g5@70  1
    p_g5@70   ramp_g5@71  -1
    p_g6@70   Obj       17.76
    p_g6@70   bal_b3@70  1
    p_g7@70   Obj       21.95
    p_g7@70   bal_b3@70  1
    p_g7@70   ramp_g7@70  1
    p_g7@70   ramp_g7@71  -1
    p_g8@70   Obj       44.12
    p_g8@70   bal_b4@70  1
    p_g8@70   ramp_g8@70  1
    p_g8@70   ramp_g8@71  -1
    p_g9@70   Obj       60.4
    p_g9@70   bal_b4@70  1
    p_g9@70   ramp_g9@70  1
    p_g9@70   mustrun@70  1
    p_g9@70   ramp_g9@71  -1
    p_g10@70  Obj       57.07
    p_g10@70  bal_b5@70  1
    p_g10@70  ramp_g10@70  1
    p_g10@70  mustrun@70  1
    p_g10@70  ramp_g10@71  -1
    p_g11@70  Obj       39.72
    p_g11@70  bal_b5@70  1
    imp@70    Obj       46.85
    imp@70    bal_b5@70  1
    f_l0@70   bal_b0@70  -1
    f_l0@70   bal_b1@70  1
    f_l1@70   bal_b1@70  -1
    f_l1@70   bal_b2@70  1
    f_l2@70   bal_b1@70  -1
    f_l2@70   bal_b3@70  1
    f_l3@70   bal_b3@70  -1
    f_l3@70   bal_b4@70  1
    f_l4@70   bal_b2@70  -1
    f_l4@70   bal_b5@70  1
    f_l5@70   bal_b0@70  -1
    f_l5@70   bal_b3@70  1
    f_l6@70   bal_b0@70  -1
    f_l6@70   bal_b1@70  1
    ch_s0@70  bal_b4@70  -1
    ch_s0@70  soc_s0@70  -0.9243
    dis_s0@70  Obj       0.1
    dis_s0@70  bal_b4@70  1
    dis_s0@70  soc_s0@70  1.0699
    soc_s0@70  soc_s0@70  1
    soc_s0@70  soc_s0@71  -0.9988
    ch_s1@70  bal_b5@70  -1
    ch_s1@70  soc_s1@70  -0.9141
    dis_s1@70  Obj       0.1
    dis_s1@70  bal_b5@70  1
    dis_s1@70  soc_s1@70  1.0893
    soc_s1@70  soc_s1@70  1
    soc_s1@70  soc_s1@71  -0.9982
    ch_s2@70  bal_b3@70  -1
    ch_s2@70  soc_s2@70  -0.8892
    dis_s2@70  Obj       0.1
    dis_s2@70  bal_b3@70  1
    dis_s2@70  soc_s2@70  1.1057
    soc_s2@70  soc_s2@70  1
    soc_s2@70  soc_s2@71  -0.9971
    shed_b0@70  Obj       10000
    shed_b0@70  bal_b0@70  1
    shed_b1@70  Obj       10000
    shed_b1@70  bal_b1@70  1
    shed_b2@70  Obj       10000
    shed_b2@70  bal_b2@70  1
    shed_b3@70  Obj       10000
    shed_b3@70  bal_b3@70  1
    shed_b4@70  Obj       10000
    shed_b4@70  bal_b4@70  1
    shed_b5@70  Obj       10000
    shed_b5@70  bal_b5@70  1
    p_g0@71   Obj       15.54
    p_g0@71   bal_b0@71  1
    p_g0@71   ramp_g0@71  1
    p_g0@71   reserve@71  1
    p_g0@71   ramp_g0@72  -1
    p_g1@71   Obj       23.55
    p_g1@71   bal_b0@71  1
    p_g2@71   Obj       78.18
    p_g2@71   bal_b1@71  1
    p_g2@71   ramp_g2@71  1
    p_g2@71   reserve@71  1
    p_g2@71   ramp_g2@72  -1
    p_g3@71   Obj       16.25
    p_g3@71   bal_b1@71  1
    p_g3@71   ramp_g3@71  1
    p_g3@71   reserve@71  1
    p_g3@71   ramp_g3@72  -1
    p_g4@71   Obj       25.89
    p_g4@71   bal_b2@71  1
    p_g4@71   ramp_g4@71  1
    p_g4@71   ramp_g4@72  -1
    p_g5@71   Obj       76.68
    p_g5@71   bal_b2@71  1
    p_g5@71   ramp_g5@71  1
    p_g5@71   ramp_g5@72  -1
    p_g6@71   Obj       17.76
    p_g6@71   bal_b3@71  1
    p_g7@71   Obj       21.95
    p_g7@71   bal_b3@71  1
    p_g7@71   ramp_g7@71  1
    p_g7@71   ramp_g7@72  -1
    p_g8@71   Obj       44.12
    p_g8@71   bal_b4@71  1
    p_g8@71   ramp_g8@71  1
    p_g8@71   ramp_g8@72  -1
    p_g9@71   Obj       60.4
    p_g9@71   bal_b4@71  1
    p_g9@71   ramp_g9@71  1
    p_g9@71   mustrun@71  1
    p_g9@71   ramp_g9@72  -1
    p_g10@71  Obj       57.07
    p_g10@71  bal_b5@71  1
    p_g10@71  ramp_g10@71  1
    p_g10@71  mustrun@71  1
    p_g10@71  ramp_g10@72  -1
    p_g11@71  Obj       39.72
    p_g11@71  bal_b5@71  1
    imp@71    Obj       46.85
    imp@71    bal_b5@71  1
    f_l0@71   bal_b0@71  -1
    f_l0@71   bal_b1@71  1
    f_l1@71   bal_b1@71  -1
    f_l1@71   bal_b2@71  1
    f_l2@71   bal_b1@71  -1
    f_l2@71   bal_b3@71  1
    f_l3@71   bal_b3@71  -1
    f_l3@71   bal_b4@71  1
    f_l4@71   bal_b2@71  -1
    f_l4@71   bal_b5@71  1
    f_l5@71   bal_b0@71  -1
    f_l5@71   bal_b3@71  1
    f_l6@71   bal_b0@71  -1
    f_l6@71   bal_b1@71  1
    ch_s0@71  bal_b4@71  -1
    ch_s0@71  soc_s0@71  -0.9243
    dis_s0@71  Obj       0.1
    dis_s0@71  bal_b4@71  1
    dis_s0@71  soc_s0@71  1.0699
    soc_s0@71  soc_s0@71  1
    soc_s0@71  soc_s0@72  -0.9988
    ch_s1@71  bal_b5@71  -1
    ch_s1@71  soc_s1@71  -0.9141
    dis_s1@71  Obj       0.1
    dis_s1@71  bal_b5@71  1
    dis_s1@71  soc_s1@71  1.0893
    soc_s1@71  soc_s1@71  1
    soc_s1@71  soc_s1@72  -0.9982
    ch_s2@71  bal_b3@71  -1
    ch_s2@71  soc_s2@71  -0.8892
    dis_s2@71  Obj       0.1
    dis_s2@71  bal_b3@71  1
    dis_s2@71  soc_s2@71  1.1057
    soc_s2@71  soc_s2@71  1
    soc_s2@71  soc_s2@72  -0.9971
    shed_b0@71  Obj       10000
    shed_b0@71  bal_b0@71  1
    shed_b1@71  Obj       10000
    shed_b1@71  bal_b1@71  1
    shed_b2@71  Obj       10000
    shed_b2@71  bal_b2@71  1
    shed_b3@71  Obj       10000
    shed_b3@71  bal_b3@71  1
    shed_b4@71  Obj       10000
    shed_b4@71  bal_b4@71  1
    shed_b5@71  Obj       10000
    shed_b5@71  bal_b5@71  1
    p_g0@72   Obj       15.54
    p_g0@72   bal_b0@72  1
    p_g0@72   ramp_g0@72  1
    p_g0@72   reserve@72  1
    p_g0@72   ramp_g0@73  -1
    p_g1@72   Obj       23.55
    p_g1@72   bal_b0@72  1
    p_g2@72   Obj       78.18
    p_g2@72   bal_b1@72  1
    p_g2@72   ramp_g2@72  1
    p_g2@72   reserve@72  1
    p_g2@72   ramp_g2@73  -1
    p_g3@72   Obj       16.25
    p_g3@72   bal_b1@72  1
    p_g3@72   ramp_g3@72  1
    p_g3@72   reserve@72  1
    p_g3@72   ramp_g3@73  -1
    p_g4@72   Obj       25.89
    p_g4@72   bal_b2@72  1
    p_g4@72   ramp_g4@72  1
    p_g4@72   ramp_g4@73  -1
    p_g5@72   Obj       76.68
    p_g5@72   bal_b2@72  1
    p_g5@72   ramp_g5@72  1
    p_g5@72   ramp_g5@73  -1
    p_g6@72   Obj       17.76
    p_g6@72   bal_b3@72  1
    p_g7@72   Obj       21.95
    p_g7@72   bal_b3@72  1
    p_g7@72   ramp_g7@72  1
    p_g7@72   ramp_g7@73  -1
    p_g8@72   Obj       44.12
    p_g8@72   bal_b4@72  1
    p_g8@72   ramp_g8@72  1
    p_g8@72   ramp_g8@73  -1
    p_g9@72   Obj       60.4
    p_g9@72   bal_b4@72  1
    p_g9@72   ramp_g9@72  1
    p_g9@72   mustrun@72  1
    p_g9@72   ramp_g9@73  -1
    p_g10@72  Obj       57.07
    p_g10@72  bal_b5@72  1
    p_g10@72  ramp_g10@72  1
    p_g10@72  mustrun@72  1
    p_g10@72  ramp_g10@73  -1
    p_g11@72  Obj       39.72
    p_g11@72  bal_b5@72  1
    imp@72    Obj       46.85
    imp@72    bal_b5@72  1
    f_l0@72   bal_b0@72  -1
    f_l0@72   bal_b1@72  1
    f_l1@72   bal_b1@72  -1
    f_l1@72   bal_b2@72  1
    f_l2@72   bal_b1@72  -1
    f_l2@72   bal_b3@72  1
    f_l3@72   bal_b3@72  -1
    f_l3@72   bal_b4@72  1
    f_l4@72   bal_b2@72  -1
    f_l4@72   bal_b5@72  1
    f_l5@72   bal_b0@72  -1
    f_l5@72   bal_b3@72  1
    f_l6@72   bal_b0@72  -1
    f_l6@72   bal_b1@72  1
    ch_s0@72  bal_b4@72  -1
    ch_s0@72  soc_s0@72  -0.9243
    dis_s0@72  Obj       0.1
    dis_s0@72  bal_b4@72  1
    dis_s0@72  soc_s0@72  1.0699
    soc_s0@72  soc_s0@72  1
    soc_s0@72  soc_s0@73  -0.9988
    ch_s1@72  bal_b5@72  -1
    ch_s1@72  soc_s1@72  -0.9141
    dis_s1@72  Obj       0.1
    dis_s1@72  bal_b5@72  1
    dis_s1@72  soc_s1@72  1.0893
    soc_s1@72  soc_s1@72  1
    soc_s1@72  soc_s1@73  -0.9982
    ch_s2@72  bal_b3@72  -1
    ch_s2@72  soc_s2@72  -0.8892
    dis_s2@72  Obj       0.1
    dis_s2@72  bal_b3@72  1
    dis_s2@72  soc_s2@72  1.1057
    soc_s2@72  soc_s2@72  1
    soc_s2@72  soc_s2@73  -0.9971
    shed_b0@72  Obj       10000
    shed_b0@72  bal_b0@72  1
    shed_b1@72  Obj       10000
    shed_b1@72  bal_b1@72  1
    shed_b2@72  Obj       10000
    shed_b2@72  bal_b2@72  1
    shed_b3@72  Obj       10000
    shed_b3@72  bal_b3@72  1
    shed_b4@72  Obj       10000
    shed_b4@72  bal_b4@72  1
    shed_b5@72  Obj       10000
    shed_b5@72  bal_b5@72  1
    p_g0@73   Obj       15.54
    p_g0@73   bal_b0@73  1
    p_g0@73   ramp_g0@73  1
    p_g0@73   reserve@73  1
    p_g0@73   ramp_g0@74  -1
    p_g1@73   Obj       23.55
    p_g1@73   bal_b0@73  1
    p_g2@73   Obj       78.18
    p_g2@73   bal_b1@73  1
    p_g2@73   ramp_g2@73  1
    p_g2@73   reserve@73  1
    p_g2@73   ramp_g2@74  -1
    p_g3@73   Obj       16.25
    p_g3@73   bal_b1@73  1
    p_g3@73   ramp_g3@73  1
    p_g3@73   reserve@73  1
    p_g3@73   ramp_g3@74  -1
    p_g4@73   Obj       25.89
    p_g4@73   bal_b2@73  1
    p_g4@73   ramp_g4@73  1
    p_g4@73   ramp_g4@74  -1
    p_g5@73   Obj       76.68
    p_g5@73   bal_b2@73  1
    p_g5@73   ramp_g5@73  1
    p_g5@73   ramp_g5@74  -1
    p_g6@73   Obj       17.76
    p_g6@73   bal_b3@73  1
    p_g7@73   Obj       21.95
    p_g7@73   bal_b3@73  1
    p_g7@73   ramp_g7@73  1
    p_g7@73   ramp_g7@74  -1
    p_g8@73   Obj       44.12
    p_g8@73   bal_b4@73  1
    p_g8@73   ramp_g8@73  1
    p_g8@73   ramp_g8@74  -1
    p_g9@73   Obj       60.4
    p_g9@73   bal_b4@73  1
    p_g9@73   ramp_g9@73  1
    p_g9@73   mustrun@73  1
    p_g9@73   ramp_g9@74  -1
    p_g10@73  Obj       57.07
    p_g10@73  bal_b5@73  1
    p_g10@73  ramp_g10@73  1
    p_g10@73  mustrun@73  1
    p_g10@73  ramp_g10@74  -1
    p_g11@73  Obj       39.72
    p_g11@73  bal_b5@73  1
    imp@73    Obj       46.85
    imp@73    bal_b5@73  1
    f_l0@73   bal_b0@73  -1
    f_l0@73   bal_b1@73  1
    f_l1@73   bal_b1@73  -1
    f_l1@73   bal_b2@73  1
    f_l2@73   bal_b1@73  -1
    f_l2@73   bal_b3@73  1
    f_l3@73   bal_b3@73  -1
    f_l3@73   bal_b4@73  1
    f_l4@73   bal_b2@73  -1
    f_l4@73   bal_b5@73  1
    f_l5@73   bal_b0@73  -1
    f_l5@73   bal_b3@73  1
    f_l6@73   bal_b0@73  -1
    f_l6@73   bal_b1@73  1
    ch_s0@73  bal_b4@73  -1
    ch_s0@73  soc_s0@73  -0.9243
    dis_s0@73  Obj       0.1
    dis_s0@73  bal_b4@73  1
    dis_s0@73  soc_s0@73  1.0699
    soc_s0@73  soc_s0@73  1
    soc_s0@73  soc_s0@74  -0.9988
    ch_s1@73  bal_b5@73  -1
    ch_s1@73  soc_s1@73  -0.9141
    dis_s1@73  Obj       0.1
    dis_s1@73  bal_b5@73  1
    dis_s1@73  soc_s1@73  1.0893
    soc_s1@73  soc_s1@73  1
    soc_s1@73  soc_s1@74  -0.9982
    ch_s2@73  bal_b3@73  -1
    ch_s2@73  soc_s2@73  -0.8892
    dis_s2@73  Obj       0.1
    dis_s2@73  bal_b3@73  1
    dis_s2@73  soc_s2@73  1.1057
    soc_s2@73  soc_s2@73  1
    soc_s2@73  soc_s2@74  -0.9971
    shed_b0@73  Obj       10000
    shed_b0@73  bal_b0@73  1
    shed_b1@73  Obj       10000
    shed_b1@73  bal_b1@73  1
    shed_b2@73  Obj       10000
    shed_b2@73  bal_b2@73  1
    shed_b3@73  Obj       10000
    shed_b3@73  bal_b3@73  1
    shed_b4@73  Obj       10000
    shed_b4@73  bal_b4@73  1
    shed_b5@73  Obj       10000
    shed_b5@73  bal_b5@73  1
    p_g0@74   Obj       15.54
    p_g0@74   bal_b0@74  1
    p_g0@74   ramp_g0@74  1
    p_g0@74   reserve@74  1
    p_g0@74   ramp_g0@75  -1
    p_g1@74   Obj       23.55
    p_g1@74   bal_b0@74  1
    p_g2@74   Obj       78.18
    p_g2@74   bal_b1@74  1
    p_g2@74   ramp_g2@74  1
    p_g2@74   reserve@74  1
    p_g2@74   ramp_g2@75  -1
    p_g3@74   Obj       16.25
    p_g3@74   bal_b1@74  1
    p_g3@74   ramp_g3@74  1
    p_g3@74   reserve@74  1
    p_g3@74   ramp_g3@75  -1
    p_g4@74   Obj       25.89
    p_g4@74   bal_b2@74  1
    p_g4@74   ramp_g4@74  1
    p_g4@74   ramp_g4@75  -1
    p_g5@74   Obj       76.68
    p_g5@74   bal_b2@74  1
    p_g5@74   ramp_g5@74  1
    p_g5@74   ramp_g5@75  -1
    p_g6@74   Obj       17.76
    p_g6@74   bal_b3@74  1
    p_g7@74   Obj       21.95
    p_g7@74   bal_b3@74  1
    p_g7@74   ramp_g7@74  1
    p_g7@74   ramp_g7@75  -1
    p_g8@74   Obj       44.12
    p_g8@74   bal_b4@74  1
    p_g8@74   ramp_g8@74  1
    p_g8@74   ramp_g8@75  -1
    p_g9@74   Obj       60.4
    p_g9@74   bal_b4@74  1
    p_g9@74   ramp_g9@74  1
    p_g9@74   mustrun@74  1
    p_g9@74   ramp_g9@75  -1
    p_g10@74  Obj       57.07
    p_g10@74  bal_b5@74  1
    p_g10@74  ramp_g10@74  1
    p_g10@74  mustrun@74  1
    p_g10@74  ramp_g10@75  -1
    p_g11@74  Obj       39.72
    p_g11@74  bal_b5@74  1
    imp@74    Obj       46.85
    imp@74    bal_b5@74  1
    f_l0@74   bal_b0@74  -1
    f_l0@74   bal_b1@74  1
    f_l1@74   bal_b1@74  -1
    f_l1@74   bal_b2@74  1
    f_l2@74   bal_b1@74  -1
    f_l2@74   bal_b3@74  1
    f_l3@74   bal_b3@74  -1
    f_l3@74   bal_b4@74  1
    f_l4@74   bal_b2@74  -1
    f_l4@74   bal_b5@74  1
    f_l5@74   bal_b0@74  -1
    f_l5@74   bal_b3@74  1
    f_l6@74   bal_b0@74  -1
    f_l6@74   bal_b1@74  1
    ch_s0@74  bal_b4@74  -1
    ch_s0@74  soc_s0@74  -0.9243
    dis_s0@74  Obj       0.1
    dis_s0@74  bal_b4@74  1
    dis_s0@74  soc_s0@74  1.0699
    soc_s0@74  soc_s0@74  1
    soc_s0@74  soc_s0@75  -0.9988
    ch_s1@74  bal_b5@74  -1
    ch_s1@74  soc_s1@74  -0.9141
    dis_s1@74  Obj       0.1
    dis_s1@74  bal_b5@74  1
    dis_s1@74  soc_s1@74  1.0893
    soc_s1@74  soc_s1@74  1
    soc_s1@74  soc_s1@75  -0.9982
    ch_s2@74  bal_b3@74  -1
    ch_s2@74  soc_s2@74  -0.8892
    dis_s2@74  Obj       0.1
    dis_s2@74  bal_b3@74  1
    dis_s2@74  soc_s2@74  1.1057
    soc_s2@74  soc_s2@74  1
    soc_s2@74  soc_s2@75  -0.9971
    shed_b0@74  Obj       10000
    shed_b0@74  bal_b0@74  1
    shed_b1@74  Obj       10000
    shed_b1@74  bal_b1@74  1
    shed_b2@74  Obj       10000
    shed_b2@74  bal_b2@74  1
    shed_b3@74  Obj       10000
    shed_b3@74  bal_b3@74  1
    shed_b4@74  Obj       10000
    shed_b4@74  bal_b4@74  1
    shed_b5@74  Obj       10000
    shed_b5@74  bal_b5@74  1
    p_g0@75   Obj       15.54
    p_g0@75   bal_b0@75  1
    p_g0@75   ramp_g0@75  1
    p_g0@75   reserve@75  1
    p_g0@75   ramp_g0@76  -1
    p_g1@75   Obj       23.55
    p_g1@75   bal_b0@75  1
    p_g2@75   Obj       78.18
    p_g2@75   bal_b1@75  1
    p_g2@75   ramp_g2@75  1
    p_g2@75   reserve@75  1
    p_g2@75   ramp_g2@76  -1
    p_g3@75   Obj       16.25
    p_g3@75   bal_b1@75  1
    p_g3@75   ramp_g3@75  1
    p_g3@75   reserve@75  1
    p_g3@75   ramp_g3@76  -1
    p_g4@75   Obj       25.89
    p_g4@75   bal_b2@75  1
    p_g4@75   ramp_g4@75  1
    p_g4@75   ramp_g4@76  -1
    p_g5@75   Obj       76.68
    p_g5@75   bal_b2@75  1
    p_g5@75   ramp_g5@75  1
    p_g5@75   ramp_g5@76  -1
    p_g6@75   Obj       17.76
    p_g6@75   bal_b3@75  1
    p_g7@75   Obj       21.95
    p_g7@75   bal_b3@75  1
    p_g7@75   ramp_g7@75  1
    p_g7@75   ramp_g7@76  -1
    p_g8@75   Obj       44.12
    p_g8@75   bal_b4@75  1
    p_g8@75   ramp_g8@75  1
    p_g8@75   ramp_g8@76  -1
    p_g9@75   Obj       60.4
    p_g9@75   bal_b4@75  1
    p_g9@75   ramp_g9@75  1
    p_g9@75   mustrun@75  1
    p_g9@75   ramp_g9@76  -1
    p_g10@75  Obj       57.07
    p_g10@75  bal_b5@75  1
    p_g10@75  ramp_g10@75  1
    p_g10@75  mustrun@75  1
    p_g10@75  ramp_g10@76  -1
    p_g11@75  Obj       39.72
    p_g11@75  bal_b5@75  1
    imp@75    Obj       46.85
    imp@75    bal_b5@75  1
    f_l0@75   bal_b0@75  -1
    f_l0@75   bal_b1@75  1
    f_l1@75   bal_b1@75  -1
    f_l1@75   bal_b2@75  1
    f_l2@75   bal_b1@75  -1
    f_l2@75   bal_b3@75  1
    f_l3@75   bal_b3@75  -1
    f_l3@75   bal_b4@75  1
    f_l4@75   bal_b2@75  -1
    f_l4@75   bal_b5@75  1
    f_l5@75   bal_b0@75  -1
    f_l5@75   bal_b3@75  1
    f_l6@75   bal_b0@75  -1
    f_l6@75   bal_b1@75  1
    ch_s0@75  bal_b4@75  -1
    ch_s0@75  soc_s0@75  -0.9243
    dis_s0@75  Obj       0.1
    dis_s0@75  bal_b4@75  1
    dis_s0@75  soc_s0@75  1.0699
    soc_s0@75  soc_s0@75  1
    soc_s0@75  soc_s0@76  -0.9988
    ch_s1@75  bal_b5@75  -1
    ch_s1@75  soc_s1@75  -0.9141
    dis_s1@75  Obj       0.1
    dis_s1@75  bal_b5@75  1
    dis_s1@75  soc_s1@75  1.0893
    soc_s1@75  soc_s1@75  1
    soc_s1@75  soc_s1@76  -0.9982
    ch_s2@75  bal_b3@75  -1
    ch_s2@75  soc_s2@75  -0.8892
    dis_s2@75  Obj       0.1
    dis_s2@75  bal_b3@75  1
    dis_s2@75  soc_s2@75  1.1057
    soc_s2@75  soc_s2@75  1
    soc_s2@75  soc_s2@76  -0.9971
    shed_b0@75  Obj       10000
    shed_b0@75  bal_b0@75  1
    shed_b1@75  Obj       10000
    shed_b1@75  bal_b1@75  1
    shed_b2@75  Obj       10000
    shed_b2@75  bal_b2@75  1
    shed_b3@75  Obj       10000
    shed_b3@75  bal_b3@75  1
    shed_b4@75  Obj       10000
    shed_b4@75  bal_b4@75  1
    shed_b5@75  Obj       10000
    shed_b5@75  bal_b5@75  1
    p_g0@76   Obj       15.54
    p_g0@76   bal_b0@76  1
    p_g0@76   ramp_g0@76  1
    p_g0@76   reserve@76  1
    p_g0@76   ramp_g0@77  -1
    p_g1@76   Obj       23.55
    p_g1@76   bal_b0@76  1
    p_g2@76   Obj       78.18
    p_g2@76   bal_b1@76  1
    p_g2@76   ramp_g2@76  1
    p_g2@76   reserve@76  1
    p_g2@76   ramp_g2@77  -1
    p_g3@76   Obj       16.25
    p_g3@76   bal_b1@76  1
    p_g3@76   ramp_g3@76  1
    p_g3@76   reserve@76  1
    p_g3@76   ramp_g3@77  -1
    p_g4@76   Obj       25.89
    p_g4@76   bal_b2@76  1
    p_g4@76   ramp_g4@76  1
    p_g4@76   ramp_g4@77  -1
    p_g5@76   Obj       76.68
    p_g5@76   bal_b2@76  1
    p_g5@76   ramp_g5@76  1
    p_g5@76   ramp_g5@77  -1
    p_g6@76   Obj       17.76
    p_g6@76   bal_b3@76  1
    p_g7@76   Obj       21.95
    p_g7@76   bal_b3@76  1
    p_g7@76   ramp_g7@76  1
    p_g7@76   ramp_g7@77  -1
    p_g8@76   Obj       44.12
    p_g8@76   bal_b4@76  1
    p_g8@76   ramp_g8@76  1
    p_g8@76   ramp_g8@77  -1
    p_g9@76   Obj       60.4
    p_g9@76   bal_b4@76  1
    p_g9@76   ramp_g9@76  1
    p_g9@76   mustrun@76  1
    p_g9@76   ramp_g9@77  -1
    p_g10@76  Obj       57.07
    p_g10@76  bal_b5@76  1
    p_g10@76  ramp_g10@76  1
    p_g10@76  mustrun@76  1
    p_g10@76  ramp_g10@77  -1
    p_g11@76  Obj       39.72
    p_g11@76  bal_b5@76  1
    imp@76    Obj       46.85
    imp@76    bal_b5@76  1
    f_l0@76   bal_b0@76  -1
    f_l0@76   bal_b1@76  1
    f_l1@76   bal_b1@76  -1
    f_l1@76   bal_b2@76  1
    f_l2@76   bal_b1@76  -1
    f_l2@76   bal_b3@76  1
    f_l3@76   bal_b3@76  -1
    f_l3@76   bal_b4@76  1
    f_l4@76   bal_b2@76  -1
    f_l4@76   bal_b5@76  1
    f_l5@76   bal_b0@76  -1
    f_l5@76   bal_b3@76  1
    f_l6@76   bal_b0@76  -1
    f_l6@76   bal_b1@76  1
    ch_s0@76  bal_b4@76  -1
    ch_s0@76  soc_s0@76  -0.9243
    dis_s0@76  Obj       0.1
    dis_s0@76  bal_b4@76  1
    dis_s0@76  soc_s0@76  1.0699
    soc_s0@76  soc_s0@76  1
    soc_s0@76  soc_s0@77  -0.9988
    ch_s1@76  bal_b5@76  -1
    ch_s1@76  soc_s1@76  -0.9141
    dis_s1@76  Obj       0.1
    dis_s1@76  bal_b5@76  1
    dis_s1@76  soc_s1@76  1.0893
    soc_s1@76  soc_s1@76  1
    soc_s1@76  soc_s1@77  -0.9982
    ch_s2@76  bal_b3@76  -1
    ch_s2@76  soc_s2@76  -0.8892
    dis_s2@76  Obj       0.1
    dis_s2@76  bal_b3@76  1
    dis_s2@76  soc_s2@76  1.1057
    soc_s2@76  soc_s2@76  1
    soc_s2@76  soc_s2@77  -0.9971
    shed_b0@76  Obj       10000
    shed_b0@76  bal_b0@76  1
    shed_b1@76  Obj       10000
    shed_b1@76  bal_b1@76  1
    shed_b2@76  Obj       10000
    shed_b2@76  bal_b2@76  1
    shed_b3@76  Obj       10000
    shed_b3@76  bal_b3@76  1
    shed_b4@76  Obj       10000
    shed_b4@76  bal_b4@76  1
    shed_b5@76  Obj       10000
    shed_b5@76  bal_b5@76  1
    p_g0@77   Obj       15.54
    p_g0@77   bal_b0@77  1
    p_g0@77   ramp_g0@77  1
    p_g0@77   reserve@77  1
    p_g0@77   ramp_g0@78  -1
    p_g1@77   Obj       23.55
    p_g1@77   bal_b0@77  1
    p_g2@77   Obj       78.18
    p_g2@77   bal_b1@77  1
    p_g2@77   ramp_g2@77  1
    p_g2@77   reserve@77  1
    p_g2@77   ramp_g2@78  -1
    p_g3@77   Obj       16.25
    p_g3@77   bal_b1@77  1
    p_g3@77   ramp_g3@77  1
    p_g3@77   reserve@77  1
    p_g3@77   ramp_g3@78  -1
    p_g4@77   Obj       25.89
    p_g4@77   bal_b2@77  1
    p_g4@77   ramp_g4@77  1
    p_g4@77   ramp_g4@78  -1
    p_g5@77   Obj       76.68
    p_g5@77   bal_b2@77  1
    p_g5@77   ramp_g5@77  1
    p_g5@77   ramp_g5@78  -1
    p_g6@77   Obj       17.76
    p_g6@77   bal_b3@77  1
    p_g7@77   Obj       21.95
    p_g7@77   bal_b3@77  1
    p_g7@77   ramp_g7@77  1
    p_g7@77   ramp_g7@78  -1
    p_g8@77   Obj       44.12
    p_g8@77   bal_b4@77  1
    p_g8@77   ramp_g8@77  1
    p_g8@77   ramp_g8@78  -1
    p_g9@77   Obj       60.4
    p_g9@77   bal_b4@77  1
    p_g9@77   ramp_g9@77  1
    p_g9@77   mustrun@77  1
    p_g9@77   ramp_g9@78  -1
    p_g10@77  Obj       57.07
    p_g10@77  bal_b5@77  1
    p_g10@77  ramp_g10@77  1
    p_g10@77  mustrun@77  1
    p_g10@77  ramp_g10@78  -1
    p_g11@77  Obj       39.72
    p_g11@77  bal_b5@77  1
    imp@77    Obj       46.85
    imp@77    bal_b5@77  1
    f_l0@77   bal_b0@77  -1
    f_l0@77   bal_b1@77  1
    f_l1@77   bal_b1@77  -1
    f_l1@77   bal_b2@77  1
    f_l2@77   bal_b1@77  -1
    f_l2@77   bal_b3@77  1
    f_l3@77   bal_b3@77  -1
    f_l3@77   bal_b4@77  1
    f_l4@77   bal_b2@77  -1
    f_l4@77   bal_b5@77  1
    f_l5@77   bal_b0@77  -1
    f_l5@77   bal_b3@77  1
    f_l6@77   bal_b0@77  -1
    f_l6@77   bal_b1@77  1
    ch_s0@77  bal_b4@77  -1
    ch_s0@77  soc_s0@77  -0.9243
    dis_s0@77  Obj       0.1
    dis_s0@77  bal_b4@77  1
    dis_s0@77  soc_s0@77  1.0699
    soc_s0@77  soc_s0@77  1
    soc_s0@77  soc_s0@78  -0.9988
    ch_s1@77  bal_b5@77  -1
    ch_s1@77  soc_s1@77  -0.9141
    dis_s1@77  Obj       0.1
    dis_s1@77  bal_b5@77  1
    dis_s1@77  soc_s1@77  1.0893
    soc_s1@77  soc_s1@77  1
    soc_s1@77  soc_s1@78  -0.9982
    ch_s2@77  bal_b3@77  -1
    ch_s2@77  soc_s2@77  -0.8892
    dis_s2@77  Obj       0.1
    dis_s2@77  bal_b3@77  1
    dis_s2@77  soc_s2@77  1.1057
    soc_s2@77  soc_s2@77  1
    soc_s2@77  soc_s2@78  -0.9971
    shed_b0@77  Obj       10000
    shed_b0@77  bal_b0@77  1
    shed_b1@77  Obj       10000
    shed_b1@77  bal_b1@77  1
    shed_b2@77  Obj       10000
    shed_b2@77  bal_b2@77  1
    shed_b3@77  Obj       10000
    shed_b3@77  bal_b3@77  1
    shed_b4@77  Obj       10000
    shed_b4@77  bal_b4@77  1
    shed_b5@77  Obj       10000
    shed_b5@77  bal_b5@77  1
    p_g0@78   Obj       15.54
    p_g0@78   bal_b0@78  1
    p_g0@78   ramp_g0@78  1
    p_g0@78   reserve@78  1
    p_g0@78   ramp_g0@79  -1
    p_g1@78   Obj       23.55
    p_g1@78   bal_b0@78  1
    p_g2@78   Obj       78.18
    p_g2@78   bal_b1@78  1
    p_g2@78   ramp_g2@78  1
    p_g2@78   reserve@78  1
    p_g2@78   ramp_g2@79  -1
    p_g3@78   Obj       16.25
    p_g3@78   bal_b1@78  1
    p_g3@78   ramp_g3@78  1
    p_g3@78   reserve@78  1
    p_g3@78   ramp_g3@79  -1
    p_g4@78   Obj       25.89
    p_g4@78   bal_b2@78  1
    p_g4@78   ramp_g4@78  1
    p_g4@78   ramp_g4@79  -1
    p_g5@78   Obj       76.68
    p_g5@78   bal_b2@78  1
    p_g5@78   ramp_g5@78  1
    p_g5@78   ramp_g5@79  -1
    p_g6@78   Obj       17.76
    p_g6@78   bal_b3@78  1
    p_g7@78   Obj       21.95
    p_g7@78   bal_b3@78  1
    p_g7@78   ramp_g7@78  1
    p_g7@78   ramp_g7@79  -1
    p_g8@78   Obj       44.12
    p_g8@78   bal_b4@78  1
    p_g8@78   ramp_g8@78  1
    p_g8@78   ramp_g8@79  -1
    p_g9@78   Obj       60.4
    p_g9@78   bal_b4@78  1
    p_g9@78   ramp_g9@78  1
    p_g9@78   mustrun@78  1
    p_g9@78   ramp_g9@79  -1
    p_g10@78  Obj       57.07
    p_g10@78  bal_b5@78  1
    p_g10@78  ramp_g10@78  1
    p_g10@78  mustrun@78  1
    p_g10@78  ramp_g10@79  -1
    p_g11@78  Obj       39.72
    p_g11@78  bal_b5@78  1
    imp@78    Obj       46.85
    imp@78    bal_b5@78  1
    f_l0@78   bal_b0@78  -1
    f_l0@78   bal_b1@78  1
    f_l1@78   bal_b1@78  -1
    f_l1@78   bal_b2@78  1
    f_l2@78   bal_b1@78  -1
    f_l2@78   bal_b3@78  1
    f_l3@78   bal_b3@78  -1
    f_l3@78   bal_b4@78  1
    f_l4@78   bal_b2@78  -1
    f_l4@78   bal_b5@78  1
    f_l5@78   bal_b0@78  -1
    f_l5@78   bal_b3@78  1
    f_l6@78   bal_b0@78  -1
    f_l6@78   bal_b1@78  1
    ch_s0@78  bal_b4@78  -1
    ch_s0@78  soc_s0@78  -0.9243
    dis_s0@78  Obj       0.1
    dis_s0@78  bal_b4@78  1
    dis_s0@78  soc_s0@78  1.0699
    soc_s0@78  soc_s0@78  1
    soc_s0@78  soc_s0@79  -0.9988
    ch_s1@78  bal_b5@78  -1
    ch_s1@78  soc_s1@78  -0.9141
    dis_s1@78  Obj       0.1
    dis_s1@78  bal_b5@78  1
    dis_s1@78  soc_s1@78  1.0893
    soc_s1@78  soc_s1@78  1
    soc_s1@78  soc_s1@79  -0.9982
    ch_s2@78  bal_b3@78  -1
    ch_s2@78  soc_s2@78  -0.8892
    dis_s2@78  Obj       0.1
    dis_s2@78  bal_b3@78  1
    dis_s2@78  soc_s2@78  1.1057
    soc_s2@78  soc_s2@78  1
    soc_s2@78  soc_s2@79  -0.9971
    shed_b0@78  Obj       10000
    shed_b0@78  bal_b0@78  1
    shed_b1@78  Obj       10000
    shed_b1@78  bal_b1@78  1
    shed_b2@78  Obj       10000
    shed_b2@78  bal_b2@78  1
    shed_b3@78  Obj       10000
    shed_b3@78  bal_b3@78  1
    shed_b4@78  Obj       10000
    shed_b4@78  bal_b4@78  1
    shed_b5@78  Obj       10000
    shed_b5@78  bal_b5@78  1
    p_g0@79   Obj       15.54
    p_g0@79   bal_b0@79  1
    p_g0@79   ramp_g0@79  1
    p_g0@79   reserve@79  1
    p_g0@79   ramp_g0@80  -1
    p_g1@79   Obj       23.55
    p_g1@79   bal_b0@79  1
    p_g2@79   Obj       78.18
    p_g2@79   bal_b1@79  1
    p_g2@79   ramp_g2@79  1
    p_g2@79   reserve@79  1
    p_g2@79   ramp_g2@80  -1
    p_g3@79   Obj       16.25
    p_g3@79   bal_b1@79  1
    p_g3@79   ramp_g3@79  1
    p_g3@79   reserve@79  1
    p_g3@79   ramp_g3@80  -1
    p_g4@79   Obj       25.89
    p_g4@79   bal_b2@79  1
    p_g4@79   ramp_g4@79  1
    p_g4@79   ramp_g4@80  -1
    p_g5@79   Obj       76.68
    p_g5@79   bal_b2@79  1
    p_g5@79   ramp_g5@79  1
    p_g5@79   ramp_g5@80  -1
    p_g6@79   Obj       17.76
    p_g6@79   bal_b3@79  1
    p_g7@79   Obj       21.95
    p_g7@79   bal_b3@79  1
    p_g7@79   ramp_g7@79  1
    p_g7@79   ramp_g7@80  -1
    p_g8@79   Obj       44.12
    p_g8@79   bal_b4@79  1
    p_g8@79   ramp_g8@79  1
    p_g8@79   ramp_g8@80  -1
    p_g9@79   Obj       60.4
    p_g9@79   bal_b4@79  1
    p_g9@79   ramp_g9@79  1
    p_g9@79   mustrun@79  1
    p_g9@79   ramp_g9@80  -1
    p_g10@79  Obj       57.07
    p_g10@79  bal_b5@79  1
    p_g10@79  ramp_g10@79  1
    p_g10@79  mustrun@79  1
    p_g10@79  ramp_g10@80  -1
    p_g11@79  Obj       39.72
    p_g11@79  bal_b5@79  1
    imp@79    Obj       46.85
    imp@79    bal_b5@79  1
    f_l0@79   bal_b0@79  -1
    f_l0@79   bal_b1@79  1
    f_l1@79   bal_b1@79  -1
    f_l1@79   bal_b2@79  1
    f_l2@79   bal_b1@79  -1
    f_l2@79   bal_b3@79  1
    f_l3@79   bal_b3@79  -1
    f_l3@79   bal_b4@79  1
    f_l4@79   bal_b2@79  -1
    f_l4@79   bal_b5@79  1
    f_l5@79   bal_b0@79  -1
    f_l5@79   bal_b3@79  1
    f_l6@79   bal_b0@79  -1
    f_l6@79   bal_b1@79  1
    ch_s0@79  bal_b4@79  -1
    ch_s0@79  soc_s0@79  -0.9243
    dis_s0@79  Obj       0.1
    dis_s0@79  bal_b4@79  1
    dis_s0@79  soc_s0@79  1.0699
    soc_s0@79  soc_s0@79  1
    soc_s0@79  soc_s0@80  -0.9988
    ch_s1@79  bal_b5@79  -1
    ch_s1@79  soc_s1@79  -0.9141
    dis_s1@79  Obj       0.1
    dis_s1@79  bal_b5@79  1
    dis_s1@79  soc_s1@79  1.0893
    soc_s1@79  soc_s1@79  1
    soc_s1@79  soc_s1@80  -0.9982
    ch_s2@79  bal_b3@79  -1
    ch_s2@79  soc_s2@79  -0.8892
    dis_s2@79  Obj       0.1
    dis_s2@79  bal_b3@79  1
    dis_s2@79  soc_s2@79  1.1057
    soc_s2@79  soc_s2@79  1
    soc_s2@79  soc_s2@80  -0.9971
    shed_b0@79  Obj       10000
    shed_b0@79  bal_b0@79  1
    shed_b1@79  Obj       10000
    shed_b1@79  bal_b1@79  1
    shed_b2@79  Obj       10000
    shed_b2@79  bal_b2@79  1
    shed_b3@79  Obj       10000
    shed_b3@79  bal_b3@79  1
    shed_b4@79  Obj       10000
    shed_b4@79  bal_b4@79  1
    shed_b5@79  Obj       10000
    shed_b5@79  bal_b5@79  1
    p_g0@80   Obj       15.54
    p_g0@80   bal_b0@80  1
    p_g0@80   ramp_g0@80  1
    p_g0@80   reserve@80  1
    p_g0@80   ramp_g0@81  -1
    p_g1@80   Obj       23.55
    p_g1@80   bal_b0@80  1
    p_g2@80   Obj       78.18
    p_g2@80   bal_b1@80  1
    p_g2@80   ramp_g2@80  1
    p_g2@80   reserve@80  1
    p_g2@80   ramp_g2@81  -1
    p_g3@80   Obj       16.25
    p_g3@80   bal_b1@80  1
    p_g3@80   ramp_g3@80  1
    p_g3@80   reserve@80  1
    p_g3@80   ramp_g3@81  -1
    p_g4@80   Obj       25.89
    p_g4@80   bal_b2@80  1
    p_g4@80   ramp_g4@80  1
    p_g4@80   ramp_g4@81  -1
    p_g5@80   Obj       76.68
    p_g5@80   bal_b2@80  1
    p_g5@80   ramp_g5@80  1
    p_g5@80   ramp_g5@81  -1
    p_g6@80   Obj       17.76
    p_g6@80   bal_b3@80  1
    p_g7@80   Obj       21.95
    p_g7@80   bal_b3@80  1
    p_g7@80   ramp_g7@80  1
    p_g7@80   ramp_g7@81  -1
    p_g8@80   Obj       44.12
    p_g8@80   bal_b4@80  1
    p_g8@80   ramp_g8@80  1
    p_g8@80   ramp_g8@81  -1
    p_g9@80   Obj       60.4
    p_g9@80   bal_b4@80  1
    p_g9@80   ramp_g9@80  1
    p_g9@80   mustrun@80  1
    p_g9@80   ramp_g9@81  -1
    p_g10@80  Obj       57.07
    p_g10@80  bal_b5@80  1
    p_g10@80  ramp_g10@80  1
    p_g10@80  mustrun@80  1
    p_g10@80  ramp_g10@81  -1
    p_g11@80  Obj       39.72
    p_g11@80  bal_b5@80  1
    imp@80    Obj       46.85
    imp@80    bal_b5@80  1
    f_l0@80   bal_b0@80  -1
    f_l0@80   bal_b1@80  1
    f_l1@80   bal_b1@80  -1
    f_l1@80   bal_b2@80  1
    f_l2@80   bal_b1@80  -1
    f_l2@80   bal_b3@80  1
    f_l3@80   bal_b3@80  -1
    f_l3@80   bal_b4@80  1
    f_l4@80   bal_b2@80  -1
    f_l4@80   bal_b5@80  1
    f_l5@80   bal_b0@80  -1
    f_l5@80   bal_b3@80  1
    f_l6@80   bal_b0@80  -1
    f_l6@80   bal_b1@80  1
    ch_s0@80  bal_b4@80  -1
    ch_s0@80  soc_s0@80  -0.9243
    dis_s0@80  Obj       0.1
    dis_s0@80  bal_b4@80  1
    dis_s0@80  soc_s0@80  1.0699
    soc_s0@80  soc_s0@80  1
    soc_s0@80  soc_s0@81  -0.9988
    ch_s1@80  bal_b5@80  -1
    ch_s1@80  soc_s1@80  -0.9141
    dis_s1@80  Obj       0.1
    dis_s1@80  bal_b5@80  1
    dis_s1@80  soc_s1@80  1.0893
    soc_s1@80  soc_s1@80  1
    soc_s1@80  soc_s1@81  -0.9982
    ch_s2@80  bal_b3@80  -1
    ch_s2@80  soc_s2@80  -0.8892
    dis_s2@80  Obj       0.1
    dis_s2@80  bal_b3@80  1
    dis_s2@80  soc_s2@80  1.1057
    soc_s2@80  soc_s2@80  1
    soc_s2@80  soc_s2@81  -0.9971
    shed_b0@80  Obj       10000
    shed_b0@80  bal_b0@80  1
    shed_b1@80  Obj       10000
    shed_b1@80  bal_b1@80  1
    shed_b2@80  Obj       10000
    shed_b2@80  bal_b2@80  1
    shed_b3@80  Obj       10000
    shed_b3@80  bal_b3@80  1
    shed_b4@80  Obj       10000
    shed_b4@80  bal_b4@80  1
    shed_b5@80  Obj       10000
    shed_b5@80  bal_b5@80  1
    p_g0@81   Obj       15.54
    p_g0@81   bal_b0@81  1
    p_g0@81   ramp_g0@81  1
    p_g0@81   reserve@81  1
    p_g0@81   ramp_g0@82  -1
    p_g1@81   Obj       23.55
    p_g1@81   bal_b0@81  1
    p_g2@81   Obj       78.18
    p_g2@81   bal_b1@81  1
    p_g2@81   ramp_g2@81  1
    p_g2@81   reserve@81  1
    p_g2@81   ramp_g2@82  -1
    p_g3@81   Obj       16.25
    p_g3@81   bal_b1@81  1
    p_g3@81   ramp_g3@81  1
    p_g3@81   reserve@81  1
    p_g3@81   ramp_g3@82  -1
    p_g4@81   Obj       25.89
    p_g4@81   bal_b2@81  1
    p_g4@81   ramp_g4@81  1
    p_g4@81   ramp_g4@82  -1
    p_g5@81   Obj       76.68
    p_g5@81   bal_b2@81  1
    p_g5@81   ramp_g5@81  1
    p_g5@81   ramp_g5@82  -1
    p_g6@81   Obj       17.76
    p_g6@81   bal_b3@81  1
    p_g7@81   Obj       21.95
    p_g7@81   bal_b3@81  1
    p_g7@81   ramp_g7@81  1
    p_g7@81   ramp_g7@82  -1
    p_g8@81   Obj       44.12
    p_g8@81   bal_b4@81  1
    p_g8@81   ramp_g8@81  1
    p_g8@81   ramp_g8@82  -1
    p_g9@81   Obj       60.4
    p_g9@81   bal_b4@81  1
    p_g9@81   ramp_g9@81  1
    p_g9@81   mustrun@81  1
    p_g9@81   ramp_g9@82  -1
    p_g10@81  Obj       57.07
    p_g10@81  bal_b5@81  1
    p_g10@81  ramp_g10@81  1
    p_g10@81  mustrun@81  1
    p_g10@81  ramp_g10@82  -1
    p_g11@81  Obj       39.72
    p_g11@81  bal_b5@81  1
    imp@81    Obj       46.85
    imp@81    bal_b5@81  1
    f_l0@81   bal_b0@81  -1
    f_l0@81   bal_b1@81  1
    f_l1@81   bal_b1@81  -1
    f_l1@81   bal_b2@81  1
    f_l2@81   bal_b1@81  -1
    f_l2@81   bal_b3@81  1
    f_l3@81   bal_b3@81  -1
    f_l3@81   bal_b4@81  1
    f_l4@81   bal_b2@81  -1
    f_l4@81   bal_b5@81  1
    f_l5@81   bal_b0@81  -1
    f_l5@81   bal_b3@81  1
    f_l6@81   bal_b0@81  -1
    f_l6@81   bal_b1@81  1
    ch_s0@81  bal_b4@81  -1
    ch_s0@81  soc_s0@81  -0.9243
    dis_s0@81  Obj       0.1
    dis_s0@81  bal_b4@81  1
    dis_s0@81  soc_s0@81  1.0699
    soc_s0@81  soc_s0@81  1
    soc_s0@81  soc_s0@82  -0.9988
    ch_s1@81  bal_b5@81  -1
    ch_s1@81  soc_s1@81  -0.9141
    dis_s1@81  Obj       0.1
    dis_s1@81  bal_b5@81  1
    dis_s1@81  soc_s1@81  1.0893
    soc_s1@81  soc_s1@81  1
    soc_s1@81  soc_s1@82  -0.9982
    ch_s2@81  bal_b3@81  -1
    ch_s2@81  soc_s2@81  -0.8892
    dis_s2@81  Obj       0.1
    dis_s2@81  bal_b3@81  1
    dis_s2@81  soc_s2@81  1.1057
    soc_s2@81  soc_s2@81  1
    soc_s2@81  soc_s2@82  -0.9971
    shed_b0@81  Obj       10000
    shed_b0@81  bal_b0@81  1
    shed_b1@81  Obj       10000
    shed_b1@81  bal_b1@81  1
    shed_b2@81  Obj       10000
    shed_b2@81  bal_b2@81  1
    shed_b3@81  Obj       10000
    shed_b3@81  bal_b3@81  1
    shed_b4@81  Obj       10000
    shed_b4@81  bal_b4@81  1
    shed_b5@81  Obj       10000
    shed_b5@81  bal_b5@81  1
    p_g0@82   Obj       15.54
    p_g0@82   bal_b0@82  1
    p_g0@82   ramp_g0@82  1
    p_g0@82   reserve@82  1
    p_g0@82   ramp_g0@83  -1
    p_g1@82   Obj       23.55
    p_g1@82   bal_b0@82  1
    p_g2@82   Obj       78.18
    p_g2@82   bal_b1@82  1
    p_g2@82   ramp_g2@82  1
    p_g2@82   reserve@82  1
    p_g2@82   ramp_g2@83  -1
    p_g3@82   Obj       16.25
    p_g3@82   bal_b1@82  1
    p_g3@82   ramp_g3@82  1
    p_g3@82   reserve@82  1
    p_g3@82   ramp_g3@83  -1
    p_g4@82   Obj       25.89
    p_g4@82   bal_b2@82  1
    p_g4@82   ramp_g4@82  1
    p_g4@82   ramp_g4@83  -1
    p_g5@82   Obj       76.68
    p_g5@82   bal_b2@82  1
    p_g5@82   ramp_g5@82  1
    p_g5@82   ramp_g5@83  -1
    p_g6@82   Obj       17.76
    p_g6@82   bal_b3@82  1
    p_g7@82   Obj       21.95
    p_g7@82   bal_b3@82  1
    p_g7@82   ramp_g7@82  1
    p_g7@82   ramp_g7@83  -1
    p_g8@82   Obj       44.12
    p_g8@82   bal_b4@82  1
    p_g8@82   ramp_g8@82  1
    p_g8@82   ramp_g8@83  -1
    p_g9@82   Obj       60.4
    p_g9@82   bal_b4@82  1
    p_g9@82   ramp_g9@82  1
    p_g9@82   mustrun@82  1
    p_g9@82   ramp_g9@83  -1
    p_g10@82  Obj       57.07
    p_g10@82  bal_b5@82  1
    p_g10@82  ramp_g10@82  1
    p_g10@82  mustrun@82  1
    p_g10@82  ramp_g10@83  -1
    p_g11@82  Obj       39.72
    p_g11@82  bal_b5@82  1
    imp@82    Obj       46.85
    imp@82    bal_b5@82  1
    f_l0@82   bal_b0@82  -1
    f_l0@82   bal_b1@82  1
    f_l1@82   bal_b1@82  -1
    f_l1@82   bal_b2@82  1
    f_l2@82   bal_b1@82  -1
    f_l2@82   bal_b3@82  1
    f_l3@82   bal_b3@82  -1
    f_l3@82   bal_b4@82  1
    f_l4@82   bal_b2@82  -1
    f_l4@82   bal_b5@82  1
    f_l5@82   bal_b0@82  -1
    f_l5@82   bal_b3@82  1
    f_l6@82   bal_b0@82  -1
    f_l6@82   bal_b1@82  1
    ch_s0@82  bal_b4@82  -1
    ch_s0@82  soc_s0@82  -0.9243
    dis_s0@82  Obj       0.1
    dis_s0@82  bal_b4@82  1
    dis_s0@82  soc_s0@82  1.0699
    soc_s0@82  soc_s0@82  1
    soc_s0@82  soc_s0@83  -0.9988
    ch_s1@82  bal_b5@82  -1
    ch_s1@82  soc_s1@82  -0.9141
    dis_s1@82  Obj       0.1
    dis_s1@82  bal_b5@82  1
    dis_s1@82  soc_s1@82  1.0893
    soc_s1@82  soc_s1@82  1
    soc_s1@82  soc_s1@83  -0.9982
    ch_s2@82  bal_b3@82  -1
    ch_s2@82  soc_s2@82  -0.8892
    dis_s2@82  Obj       0.1
    dis_s2@82  bal_b3@82  1
    dis_s2@82  soc_s2@82  1.1057
    soc_s2@82  soc_s2@82  1
    soc_s2@82  soc_s2@83  -0.9971
    shed_b0@82  Obj       10000
    shed_b0@82  bal_b0@82  1
    shed_b1@82  Obj       10000
    shed_b1@82  bal_b1@82  1
    shed_b2@82  Obj       10000
    shed_b2@82  bal_b2@82  1
    shed_b3@82  Obj       10000
    shed_b3@82  bal_b3@82  1
    shed_b4@82  Obj       10000
    shed_b4@82  bal_b4@82  1
    shed_b5@82  Obj       10000
    shed_b5@82  bal_b5@82  1
    p_g0@83   Obj       15.54
    p_g0@83   bal_b0@83  1
    p_g0@83   ramp_g0@83  1
    p_g0@83   reserve@83  1
    p_g0@83   ramp_g0@84  -1
    p_g1@83   Obj       23.55
    p_g1@83   bal_b0@83  1
    p_g2@83   Obj       78.18
    p_g2@83   bal_b1@83  1
    p_g2@83   ramp_g2@83  1
    p_g2@83   reserve@83  1
    p_g2@83   ramp_g2@84  -1
    p_g3@83   Obj       16.25
    p_g3@83   bal_b1@83  1
    p_g3@83   ramp_g3@83  1
    p_g3@83   reserve@83  1
    p_g3@83   ramp_g3@84  -1
    p_g4@83   Obj       25.89
    p_g4@83   bal_b2@83  1
    p_g4@83   ramp_g4@83  1
    p_g4@83   ramp_g4@84  -1
    p_g5@83   Obj       76.68
    p_g5@83   bal_b2@83  1
    p_g5@83   ramp_g5@83  1
    p_g5@83   ramp_g5@84  -1
    p_g6@83   Obj       17.76
    p_g6@83   bal_b3@83  1
    p_g7@83   Obj       21.95
    p_g7@83   bal_b3@83  1
    p_g7@83   ramp_g7@83  1
    p_g7@83   ramp_g7@84  -1
    p_g8@83   Obj       44.12
    p_g8@83   bal_b4@83  1
    p_g8@83   ramp_g8@83  1
    p_g8@83   ramp_g8@84  -1
    p_g9@83   Obj       60.4
    p_g9@83   bal_b4@83  1
    p_g9@83   ramp_g9@83  1
    p_g9@83   mustrun@83  1
    p_g9@83   ramp_g9@84  -1
    p_g10@83  Obj       57.07
    p_g10@83  bal_b5@83  1
    p_g10@83  ramp_g10@83  1
    p_g10@83  mustrun@83  1
    p_g10@83  ramp_g10@84  -1
    p_g11@83  Obj       39.72
    p_g11@83  bal_b5@83  1
    imp@83    Obj       46.85
    imp@83    bal_b5@83  1
    f_l0@83   bal_b0@83  -1
    f_l0@83   bal_b1@83  1
    f_l1@83   bal_b1@83  -1
    f_l1@83   bal_b2@83  1
    f_l2@83   bal_b1@83  -1
    f_l2@83   bal_b3@83  1
    f_l3@83   bal_b3@83  -1
    f_l3@83   bal_b4@83  1
    f_l4@83   bal_b2@83  -1
    f_l4@83   bal_b5@83  1
    f_l5@83   bal_b0@83  -1
    f_l5@83   bal_b3@83  1
    f_l6@83   bal_b0@83  -1
    f_l6@83   bal_b1@83  1
    ch_s0@83  bal_b4@83  -1
    ch_s0@83  soc_s0@83  -0.9243
    dis_s0@83  Obj       0.1
    dis_s0@83  bal_b4@83  1
    dis_s0@83  soc_s0@83  1.0699
    soc_s0@83  soc_s0@83  1
    soc_s0@83  soc_s0@84  -0.9988
    ch_s1@83  bal_b5@83  -1
    ch_s1@83  soc_s1@83  -0.9141
    dis_s1@83  Obj       0.1
    dis_s1@83  bal_b5@83  1
    dis_s1@83  soc_s1@83  1.0893
    soc_s1@83  soc_s1@83  1
    soc_s1@83  soc_s1@84  -0.9982
    ch_s2@83  bal_b3@83  -1
    ch_s2@83  soc_s2@83  -0.8892
    dis_s2@83  Obj       0.1
    dis_s2@83  bal_b3@83  1
    dis_s2@83  soc_s2@83  1.1057
    soc_s2@83  soc_s2@83  1
    soc_s2@83  soc_s2@84  -0.9971
    shed_b0@83  Obj       10000
    shed_b0@83  bal_b0@83  1
    shed_b1@83  Obj       10000
    shed_b1@83  bal_b1@83  1
    shed_b2@83  Obj       10000
    shed_b2@83  bal_b2@83  1
    shed_b3@83  Obj       10000
    shed_b3@83  bal_b3@83  1
    shed_b4@83  Obj       10000
    shed_b4@83  bal_b4@83  1
    shed_b5@83  Obj       10000
    shed_b5@83  bal_b5@83  1
    p_g0@84   Obj       15.54
    p_g0@84   bal_b0@84  1
    p_g0@84   ramp_g0@84  1
    p_g0@84   reserve@84  1
    p_g0@84   ramp_g0@85  -1
    p_g1@84   Obj       23.55
    p_g1@84   bal_b0@84  1
    p_g2@84   Obj       78.18
    p_g2@84   bal_b1@84  1
    p_g2@84   ramp_g2@84  1
    p_g2@84   reserve@84  1
    p_g2@84   ramp_g2@85  -1
    p_g3@84   Obj       16.25
    p_g3@84   bal_b1@84  1
    p_g3@84   ramp_g3@84  1
    p_g3@84   reserve@84  1
    p_g3@84   ramp_g3@85  -1
    p_g4@84   Obj       25.89
    p_g4@84   bal_b2@84  1
    p_g4@84   ramp_g4@84  1
    p_g4@84   ramp_g4@85  -1
    p_g5@84   Obj       76.68
    p_g5@84   bal_b2@84  1
    p_g5@84   ramp_g5@84  1
    p_g5@84   ramp_g5@85  -1
    p_g6@84   Obj       17.76
    p_g6@84   bal_b3@84  1
    p_g7@84   Obj       21.95
    p_g7@84   bal_b3@84  1
    p_g7@84   ramp_g7@84  1
    p_g7@84   ramp_g7@85  -1
    p_g8@84   Obj       44.12
    p_g8@84   bal_b4@84  1
    p_g8@84   ramp_g8@84  1
    p_g8@84   ramp_g8@85  -1
    p_g9@84   Obj       60.4
    p_g9@84   bal_b4@84  1
    p_g9@84   ramp_g9@84  1
    p_g9@84   mustrun@84  1
    p_g9@84   ramp_g9@85  -1
    p_g10@84  Obj       57.07
    p_g10@84  bal_b5@84  1
    p_g10@84  ramp_g10@84  1
    p_g10@84  mustrun@84  1
    p_g10@84  ramp_g10@85  -1
    p_g11@84  Obj       39.72
    p_g11@84  bal_b5@84  1
    imp@84    Obj       46.85
    imp@84    bal_b5@84  1
    f_l0@84   bal_b0@84  -1
    f_l0@84   bal_b1@84  1
    f_l1@84   bal_b1@84  -1
    f_l1@84   bal_b2@84  1
    f_l2@84   bal_b1@84  -1
    f_l2@84   bal_b3@84  1
    f_l3@84   bal_b3@84  -1
    f_l3@84   bal_b4@84  1
    f_l4@84   bal_b2@84  -1
    f_l4@84   bal_b5@84  1
    f_l5@84   bal_b0@84  -1
    f_l5@84   bal_b3@84  1
    f_l6@84   bal_b0@84  -1
    f_l6@84   bal_b1@84  1
    ch_s0@84  bal_b4@84  -1
    ch_s0@84  soc_s0@84  -0.9243
    dis_s0@84  Obj       0.1
    dis_s0@84  bal_b4@84  1
    dis_s0@84  soc_s0@84  1.0699
    soc_s0@84  soc_s0@84  1
    soc_s0@84  soc_s0@85  -0.9988
    ch_s1@84  bal_b5@84  -1
    ch_s1@84  soc_s1@84  -0.9141
    dis_s1@84  Obj       0.1
    dis_s1@84  bal_b5@84  1
    dis_s1@84  soc_s1@84  1.0893
    soc_s1@84  soc_s1@84  1
    soc_s1@84  soc_s1@85  -0.9982
    ch_s2@84  bal_b3@84  -1
    ch_s2@84  soc_s2@84  -0.8892
    dis_s2@84  Obj       0.1
    dis_s2@84  bal_b3@84  1
    dis_s2@84  soc_s2@84  1.1057
    soc_s2@84  soc_s2@84  1
    soc_s2@84  soc_s2@85  -0.9971
    shed_b0@84  Obj       10000
    shed_b0@84  bal_b0@84  1
    shed_b1@84  Obj       10000
    shed_b1@84  bal_b1@84  1
    shed_b2@84  Obj       10000
    shed_b2@84  bal_b2@84  1
    shed_b3@84  Obj       10000
    shed_b3@84  bal_b3@84  1
    shed_b4@84  Obj       10000
    shed_b4@84  bal_b4@84  1
    shed_b5@84  Obj       10000
    shed_b5@84  bal_b5@84  1
    p_g0@85   Obj       15.54
    p_g0@85   bal_b0@85  1
    p_g0@85   ramp_g0@85  1
    p_g0@85   reserve@85  1
    p_g0@85   ramp_g0@86  -1
    p_g1@85   Obj       23.55
    p_g1@85   bal_b0@85  1
    p_g2@85   Obj       78.18
    p_g2@85   bal_b1@85  1
    p_g2@85   ramp_g2@85  1
    p_g2@85   reserve@85  1
    p_g2@85   ramp_g2@86  -1
    p_g3@85   Obj       16.25
    p_g3@85   bal_b1@85  1
    p_g3@85   ramp_g3@85  1
    p_g3@85   reserve@85  1
    p_g3@85   ramp_g3@86  -1
    p_g4@85   Obj       25.89
    p_g4@85   bal_b2@85  1
    p_g4@85   ramp_g4@85  1
    p_g4@85   ramp_g4@86  -1
    p_g5@85   Obj       76.68
    p_g5@85   bal_b2@85  1
    p_g5@85   ramp_g5@85  1
    p_g5@85   ramp_g5@86  -1
    p_g6@85   Obj       17.76
    p_g6@85   bal_b3@85  1
    p_g7@85   Obj       21.95
    p_g7@85   bal_b3@85  1
    p_g7@85   ramp_g7@85  1
    p_g7@85   ramp_g7@86  -1
    p_g8@85   Obj       44.12
    p_g8@85   bal_b4@85  1
    p_g8@85   ramp_g8@85  1
    p_g8@85   ramp_g8@86  -1
    p_g9@85   Obj       60.4
    p_g9@85   bal_b4@85  1
    p_g9@85   ramp_g9@85  1
    p_g9@85   mustrun@85  1
    p_g9@85   ramp_g9@86  -1
    p_g10@85  Obj       57.07
    p_g10@85  bal_b5@85  1
    p_g10@85  ramp_g10@85  1
    p_g10@85  mustrun@85  1
    p_g10@85  ramp_g10@86  -1
    p_g11@85  Obj       39.72
    p_g11@85  bal_b5@85  1
    imp@85    Obj       46.85
    imp@85    bal_b5@85  1
    f_l0@85   bal_b0@85  -1
    f_l0@85   bal_b1@85  1
    f_l1@85   bal_b1@85  -1
    f_l1@85   bal_b2@85  1
    f_l2@85   bal_b1@85  -1
    f_l2@85   bal_b3@85  1
    f_l3@85   bal_b3@85  -1
    f_l3@85   bal_b4@85  1
    f_l4@85   bal_b2@85  -1
    f_l4@85   bal_b5@85  1
    f_l5@85   bal_b0@85  -1
    f_l5@85   bal_b3@85  1
    f_l6@85   bal_b0@85  -1
    f_l6@85   bal_b1@85  1
    ch_s0@85  bal_b4@85  -1
    ch_s0@85  soc_s0@85  -0.9243
    dis_s0@85  Obj       0.1
    dis_s0@85  bal_b4@85  1
    dis_s0@85  soc_s0@85  1.0699
    soc_s0@85  soc_s0@85  1
    soc_s0@85  soc_s0@86  -0.9988
    ch_s1@85  bal_b5@85  -1
    ch_s1@85  soc_s1@85  -0.9141
    dis_s1@85  Obj       0.1
    dis_s1@85  bal_b5@85  1
    dis_s1@85  soc_s1@85  1.0893
    soc_s1@85  soc_s1@85  1
    soc_s1@85  soc_s1@86  -0.9982
    ch_s2@85  bal_b3@85  -1
    ch_s2@85  soc_s2@85  -0.8892
    dis_s2@85  Obj       0.1
    dis_s2@85  bal_b3@85  1
    dis_s2@85  soc_s2@85  1.1057
    soc_s2@85  soc_s2@85  1
    soc_s2@85  soc_s2@86  -0.9971
    shed_b0@85  Obj       10000
    shed_b0@85  bal_b0@85  1
    shed_b1@85  Obj       10000
    shed_b1@85  bal_b1@85  1
    shed_b2@85  Obj       10000
    shed_b2@85  bal_b2@85  1
    shed_b3@85  Obj       10000
    shed_b3@85  bal_b3@85  1
    shed_b4@85  Obj       10000
    shed_b4@85  bal_b4@85  1
    shed_b5@85  Obj       10000
    shed_b5@85  bal_b5@85  1
    p_g0@86   Obj       15.54
    p_g0@86   bal_b0@86  1
    p_g0@86   ramp_g0@86  1
    p_g0@86   reserve@86  1
    p_g0@86   ramp_g0@87  -1
    p_g1@86   Obj       23.55
    p_g1@86   bal_b0@86  1
    p_g2@86   Obj       78.18
    p_g2@86   bal_b1@86  1
    p_g2@86   ramp_g2@86  1
    p_g2@86   reserve@86  1
    p_g2@86   ramp_g2@87  -1
    p_g3@86   Obj       16.25
    p_g3@86   bal_b1@86  1
    p_g3@86   ramp_g3@86  1
    p_g3@86   reserve@86  1
    p_g3@86   ramp_g3@87  -1
    p_g4@86   Obj       25.89
    p_g4@86   bal_b2@86  1
    p_g4@86   ramp_g4@86  1
    p_g4@86   ramp_g4@87  -1
    p_g5@86   Obj       76.68
    p_g5@86   bal_b2@86  1
    p_g5@86   ramp_g5@86  1
    p_g5@86   ramp_g5@87  -1
    p_g6@86   Obj       17.76
    p_g6@86   bal_b3@86  1
    p_g7@86   Obj       21.95
    p_g7@86   bal_b3@86  1
    p_g7@86   ramp_g7@86  1
    p_g7@86   ramp_g7@87  -1
    p_g8@86   Obj       44.12
    p_g8@86   bal_b4@86  1
    p_g8@86   ramp_g8@86  1
    p_g8@86   ramp_g8@87  -1
    p_g9@86   Obj       60.4
    p_g9@86   bal_b4@86  1
    p_g9@86   ramp_g9@86  1
    p_g9@86   mustrun@86  1
    p_g9@86   ramp_g9@87  -1
    p_g10@86  Obj       57.07
    p_g10@86  bal_b5@86  1
    p_g10@86  ramp_g10@86  1
    p_g10@86  mustrun@86  1
    p_g10@86  ramp_g10@87  -1
    p_g11@86  Obj       39.72
    p_g11@86  bal_b5@86  1
    imp@86    Obj       46.85
    imp@86    bal_b5@86  1
    f_l0@86   bal_b0@86  -1
    f_l0@86   bal_b1@86  1
    f_l1@86   bal_b1@86  -1
    f_l1@86   bal_b2@86  1
    f_l2@86   bal_b1@86  -1
    f_l2@86   bal_b3@86  1
    f_l3@86   bal_b3@86  -1
    f_l3@86   bal_b4@86  1
    f_l4@86   bal_b2@86  -1
    f_l4@86   bal_b5@86  1
    f_l5@86   bal_b0@86  -1
    f_l5@86   bal_b3@86  1
    f_l6@86   bal_b0@86  -1
    f_l6@86   bal_b1@86  1
    ch_s0@86  bal_b4@86  -1
    ch_s0@86  soc_s0@86  -0.9243
    dis_s0@86  Obj       0.1
    dis_s0@86  bal_b4@86  1
    dis_s0@86  soc_s0@86  1.0699
    soc_s0@86  soc_s0@86  1
    soc_s0@86  soc_s0@87  -0.9988
    ch_s1@86  bal_b5@86  -1
    ch_s1@86  soc_s1@86  -0.9141
    dis_s1@86  Obj       0.1
    dis_s1@86  bal_b5@86  1
    dis_s1@86  soc_s1@86  1.0893
    soc_s1@86  soc_s1@86  1
    soc_s1@86  soc_s1@87  -0.9982
    ch_s2@86  bal_b3@86  -1
    ch_s2@86  soc_s2@86  -0.8892
    dis_s2@86  Obj       0.1
    dis_s2@86  bal_b3@86  1
    dis_s2@86  soc_s2@86  1.1057
    soc_s2@86  soc_s2@86  1
    soc_s2@86  soc_s2@87  -0.9971
    shed_b0@86  Obj       10000
    shed_b0@86  bal_b0@86  1
    shed_b1@86  Obj       10000
    shed_b1@86  bal_b1@86  1
    shed_b2@86  Obj       10000
    shed_b2@86  bal_b2@86  1
    shed_b3@86  Obj       10000
    shed_b3@86  bal_b3@86  1
    shed_b4@86  Obj       10000
    shed_b4@86  bal_b4@86  1
    shed_b5@86  Obj       10000
    shed_b5@86  bal_b5@86  1
    p_g0@87   Obj       15.54
    p_g0@87   bal_b0@87  1
    p_g0@87   ramp_g0@87  1
    p_g0@87   reserve@87  1
    p_g0@87   ramp_g0@88  -1
    p_g1@87   Obj       23.55
    p_g1@87   bal_b0@87  1
    p_g2@87   Obj       78.18
    p_g2@87   bal_b1@87  1
    p_g2@87   ramp_g2@87  1
    p_g2@87   reserve@87  1
    p_g2@87   ramp_g2@88  -1
    p_g3@87   Obj       16.25
    p_g3@87   bal_b1@87  1
    p_g3@87   ramp_g3@87  1
    p_g3@87   reserve@87  1
    p_g3@87   ramp_g3@88  -1
    p_g4@87   Obj       25.89
    p_g4@87   bal_b2@87  1
    p_g4@87   ramp_g4@87  1
    p_g4@87   ramp_g4@88  -1
    p_g5@87   Obj       76.68
    p_g5@87   bal_b2@87  1
    p_g5@87   ramp_g5@87  1
    p_g5@87   ramp_g5@88  -1
    p_g6@87   Obj       17.76
    p_g6@87   bal_b3@87  1
    p_g7@87   Obj       21.95
    p_g7@87   bal_b3@87  1
    p_g7@87   ramp_g7@87  1
    p_g7@87   ramp_g7@88  -1
    p_g8@87   Obj       44.12
    p_g8@87   bal_b4@87  1
    p_g8@87   ramp_g8@87  1
    p_g8@87   ramp_g8@88  -1
    p_g9@87   Obj       60.4
    p_g9@87   bal_b4@87  1
    p_g9@87   ramp_g9@87  1
    p_g9@87   mustrun@87  1
    p_g9@87   ramp_g9@88  -1
    p_g10@87  Obj       57.07
    p_g10@87  bal_b5@87  1
    p_g10@87  ramp_g10@87  1
    p_g10@87  mustrun@87  1
    p_g10@87  ramp_g10@88  -1
    p_g11@87  Obj       39.72
    p_g11@87  bal_b5@87  1
    imp@87    Obj       46.85
    imp@87    bal_b5@87  1
    f_l0@87   bal_b0@87  -1
    f_l0@87   bal_b1@87  1
    f_l1@87   bal_b1@87  -1
    f_l1@87   bal_b2@87  1
    f_l2@87   bal_b1@87  -1
    f_l2@87   bal_b3@87  1
    f_l3@87   bal_b3@87  -1
    f_l3@87   bal_b4@87  1
    f_l4@87   bal_b2@87  -1
    f_l4@87   bal_b5@87  1
    f_l5@87   bal_b0@87  -1
    f_l5@87   bal_b3@87  1
    f_l6@87   bal_b0@87  -1
    f_l6@87   bal_b1@87  1
    ch_s0@87  bal_b4@87  -1
    ch_s0@87  soc_s0@87  -0.9243
    dis_s0@87  Obj       0.1
    dis_s0@87  bal_b4@87  1
    dis_s0@87  soc_s0@87  1.0699
    soc_s0@87  soc_s0@87  1
    soc_s0@87  soc_s0@88  -0.9988
    ch_s1@87  bal_b5@87  -1
    ch_s1@87  soc_s1@87  -0.9141
    dis_s1@87  Obj       0.1
    dis_s1@87  bal_b5@87  1
    dis_s1@87  soc_s1@87  1.0893
    soc_s1@87  soc_s1@87  1
    soc_s1@87  soc_s1@88  -0.9982
    ch_s2@87  bal_b3@87  -1
    ch_s2@87  soc_s2@87  -0.8892
    dis_s2@87  Obj       0.1
    dis_s2@87  bal_b3@87  1
    dis_s2@87  soc_s2@87  1.1057
    soc_s2@87  soc_s2@87  1
    soc_s2@87  soc_s2@88  -0.9971
    shed_b0@87  Obj       10000
    shed_b0@87  bal_b0@87  1
    shed_b1@87  Obj       10000
    shed_b1@87  bal_b1@87  1
    shed_b2@87  Obj       10000
    shed_b2@87  bal_b2@87  1
    shed_b3@87  Obj       10000
    shed_b3@87  bal_b3@87  1
    shed_b4@87  Obj       10000
    shed_b4@87  bal_b4@87  1
    shed_b5@87  Obj       10000
    shed_b5@87  bal_b5@87  1
    p_g0@88   Obj       15.54
    p_g0@88   bal_b0@88  1
    p_g0@88   ramp_g0@88  1
    p_g0@88   reserve@88  1
    p_g0@88   ramp_g0@89  -1
    p_g1@88   Obj       23.55
    p_g1@88   bal_b0@88  1
    p_g2@88   Obj       78.18
    p_g2@88   bal_b1@88  1
    p_g2@88   ramp_g2@88  1
    p_g2@88   reserve@88  1
    p_g2@88   ramp_g2@89  -1
    p_g3@88   Obj       16.25
    p_g3@88   bal_b1@88  1
    p_g3@88   ramp_g3@88  1
    p_g3@88   reserve@88  1
    p_g3@88   ramp_g3@89  -1
    p_g4@88   Obj       25.89
    p_g4@88   bal_b2@88  1
    p_g4@88   ramp_g4@88  1
    p_g4@88   ramp_g4@89  -1
    p_g5@88   Obj       76.68
    p_g5@88   bal_b2@88  1
    p_g5@88   ramp_g5@88  1
    p_g5@88   ramp_g5@89  -1
    p_g6@88   Obj       17.76
    p_g6@88   bal_b3@88  1
    p_g7@88   Obj       21.95
    p_g7@88   bal_b3@88  1
    p_g7@88   ramp_g7@88  1
    p_g7@88   ramp_g7@89  -1
    p_g8@88   Obj       44.12
    p_g8@88   bal_b4@88  1
    p_g8@88   ramp_g8@88  1
    p_g8@88   ramp_g8@89  -1
    p_g9@88   Obj       60.4
    p_g9@88   bal_b4@88  1
    p_g9@88   ramp_g9@88  1
    p_g9@88   mustrun@88  1
    p_g9@88   ramp_g9@89  -1
    p_g10@88  Obj       57.07
    p_g10@88  bal_b5@88  1
    p_g10@88  ramp_g10@88  1
    p_g10@88  mustrun@88  1
    p_g10@88  ramp_g10@89  -1
    p_g11@88  Obj       39.72
    p_g11@88  bal_b5@88  1
    imp@88    Obj       46.85
    imp@88    bal_b5@88  1
    f_l0@88   bal_b0@88  -1
    f_l0@88   bal_b1@88  1
    f_l1@88   bal_b1@88  -1
    f_l1@88   bal_b2@88  1
    f_l2@88   bal_b1@88  -1
    f_l2@88   bal_b3@88  1
    f_l3@88   bal_b3@88  -1
    f_l3@88   bal_b4@88  1
    f_l4@88   bal_b2@88  -1
    f_l4@88   bal_b5@88  1
    f_l5@88   bal_b0@88  -1
    f_l5@88   bal_b3@88  1
    f_l6@88   bal_b0@88  -1
    f_l6@88   bal_b1@88  1
    ch_s0@88  bal_b4@88  -1
    ch_s0@88  soc_s0@88  -0.9243
    dis_s0@88  Obj       0.1
    dis_s0@88  bal_b4@88  1
    dis_s0@88  soc_s0@88  1.0699
    soc_s0@88  soc_s0@88  1
    soc_s0@88  soc_s0@89  -0.9988
    ch_s1@88  bal_b5@88  -1
    ch_s1@88  soc_s1@88  -0.9141
    dis_s1@88  Obj       0.1
    dis_s1@88  bal_b5@88  1
    dis_s1@88  soc_s1@88  1.0893
    soc_s1@88  soc_s1@88  1
    soc_s1@88  soc_s1@89  -0.9982
    ch_s2@88  bal_b3@88  -1
    ch_s2@88  soc_s2@88  -0.8892
    dis_s2@88  Obj       0.1
    dis_s2@88  bal_b3@88  1
    dis_s2@88  soc_s2@88  1.1057
    soc_s2@88  soc_s2@88  1
    soc_s2@88  soc_s2@89  -0.9971
    shed_b0@88  Obj       10000
    shed_b0@88  bal_b0@88  1
    shed_b1@88  Obj       10000
    shed_b1@88  bal_b1@88  1
    shed_b2@88  Obj       10000
    shed_b2@88  bal_b2@88  1
    shed_b3@88  Obj       10000
    shed_b3@88  bal_b3@88  1
    shed_b4@88  Obj       10000
    shed_b4@88  bal_b4@88  1
    shed_b5@88  Obj       10000
    shed_b5@88  bal_b5@88  1
    p_g0@89   Obj       15.54
    p_g0@89   bal_b0@89  1
    p_g0@89   ramp_g0@89  1
    p_g0@89   reserve@89  1
    p_g0@89   ramp_g0@90  -1
    p_g1@89   Obj       23.55
    p_g1@89   bal_b0@89  1
    p_g2@89   Obj       78.18
    p_g2@89   bal_b1@89  1
    p_g2@89   ramp_g2@89  1
    p_g2@89   reserve@89  1
    p_g2@89   ramp_g2@90  -1
    p_g3@89   Obj       16.25
    p_g3@89   bal_b1@89  1
    p_g3@89   ramp_g3@89  1
    p_g3@89   reserve@89  1
    p_g3@89   ramp_g3@90  -1
    p_g4@89   Obj       25.89
    p_g4@89   bal_b2@89  1
    p_g4@89   ramp_g4@89  1
    p_g4@89   ramp_g4@90  -1
    p_g5@89   Obj       76.68
    p_g5@89   bal_b2@89  1
    p_g5@89   ramp_g5@89  1
    p_g5@89   ramp_g5@90  -1
    p_g6@89   Obj       17.76
    p_g6@89   bal_b3@89  1
    p_g7@89   Obj       21.95
    p_g7@89   bal_b3@89  1
    p_g7@89   ramp_g7@89  1
    p_g7@89   ramp_g7@90  -1
    p_g8@89   Obj       44.12
    p_g8@89   bal_b4@89  1
    p_g8@89   ramp_g8@89  1
    p_g8@89   ramp_g8@90  -1
    p_g9@89   Obj       60.4
    p_g9@89   bal_b4@89  1
    p_g9@89   ramp_g9@89  1
    p_g9@89   mustrun@89  1
    p_g9@89   ramp_g9@90  -1
    p_g10@89  Obj       57.07
    p_g10@89  bal_b5@89  1
    p_g10@89  ramp_g10@89  1
    p_g10@89  mustrun@89  1
    p_g10@89  ramp_g10@90  -1
    p_g11@89  Obj       39.72
    p_g11@89  bal_b5@89  1
    imp@89    Obj       46.85
    imp@89    bal_b5@89  1
    f_l0@89   bal_b0@89  -1
    f_l0@89   bal_b1@89  1
    f_l1@89   bal_b1@89  -1
    f_l1@89   bal_b2@89  1
    f_l2@89   bal_b1@89  -1
    f_l2@89   bal_b3@89  1
    f_l3@89   bal_b3@89  -1
    f_l3@89   bal_b4@89  1
    f_l4@89   bal_b2@89  -1
    f_l4@89   bal_b5@89  1
    f_l5@89   bal_b0@89  -1
    f_l5@89   bal_b3@89  1
    f_l6@89   bal_b0@89  -1
    f_l6@89   bal_b1@89  1
    ch_s0@89  bal_b4@89  -1
    ch_s0@89  soc_s0@89  -0.9243
    dis_s0@89  Obj       0.1
    dis_s0@89  bal_b4@89  1
    dis_s0@89  soc_s0@89  1.0699
    soc_s0@89  soc_s0@89  1
    soc_s0@89  soc_s0@90  -0.9988
    ch_s1@89  bal_b5@89  -1
    ch_s1@89  soc_s1@89  -0.9141
    dis_s1@89  Obj       0.1
    dis_s1@89  bal_b5@89  1
    dis_s1@89  soc_s1@89  1.0893
    soc_s1@89  soc_s1@89  1
    soc_s1@89  soc_s1@90  -0.9982
    ch_s2@89  bal_b3@89  -1
    ch_s2@89  soc_s2@89  -0.8892
    dis_s2@89  Obj       0.1
    dis_s2@89  bal_b3@89  1
    dis_s2@89  soc_s2@89  1.1057
    soc_s2@89  soc_s2@89  1
    soc_s2@89  soc_s2@90  -0.9971
    shed_b0@89  Obj       10000
    shed_b0@89  bal_b0@89  1
    shed_b1@89  Obj       10000
    shed_b1@89  bal_b1@89  1
    shed_b2@89  Obj       10000
    shed_b2@89  bal_b2@89  1
    shed_b3@89  Obj       10000
    shed_b3@89  bal_b3@89  1
    shed_b4@89  Obj       10000
    shed_b4@89  bal_b4@89  1
    shed_b5@89  Obj       10000
    shed_b5@89  bal_b5@89  1
    p_g0@90   Obj       15.54
    p_g0@90   bal_b0@90  1
    p_g0@90   ramp_g0@90  1
    p_g0@90   reserve@90  1
    p_g0@90   ramp_g0@91  -1
    p_g1@90   Obj       23.55
    p_g1@90   bal_b0@90  1
    p_g2@90   Obj       78.18
    p_g2@90   bal_b1@90  1
    p_g2@90   ramp_g2@90  1
    p_g2@90   reserve@90  1
    p_g2@90   ramp_g2@91  -1
    p_g3@90   Obj       16.25
    p_g3@90   bal_b1@90  1
    p_g3@90   ramp_g3@90  1
    p_g3@90   reserve@90  1
    p_g3@90   ramp_g3@91  -1
    p_g4@90   Obj       25.89
    p_g4@90   bal_b2@90  1
    p_g4@90   ramp_g4@90  1
    p_g4@90   ramp_g4@91  -1
    p_g5@90   Obj       76.68
    p_g5@90   bal_b2@90  1
    p_g5@90   ramp_g5@90  1
    p_g5@90   ramp_g5@91  -1
    p_g6@90   Obj       17.76
    p_g6@90   bal_b3@90  1
    p_g7@90   Obj       21.95
    p_g7@90   bal_b3@90  1
    p_g7@90   ramp_g7@90  1
    p_g7@90   ramp_g7@91  -1
    p_g8@90   Obj       44.12
    p_g8@90   bal_b4@90  1
    p_g8@90   ramp_g8@90  1
    p_g8@90   ramp_g8@91  -1
    p_g9@90   Obj       60.4
    p_g9@90   bal_b4@90  1
    p_g9@90   ramp_g9@90  1
    p_g9@90   mustrun@90  1
    p_g9@90   ramp_g9@91  -1
    p_g10@90  Obj       57.07
    p_g10@90  bal_b5@90  1
    p_g10@90  ramp_g10@90  1
    p_g10@90  mustrun@90  1
    p_g10@90  ramp_g10@91  -1
    p_g11@90  Obj       39.72
    p_g11@90  bal_b5@90  1
    imp@90    Obj       46.85
    imp@90    bal_b5@90  1
    f_l0@90   bal_b0@90  -1
    f_l0@90   bal_b1@90  1
    f_l1@90   bal_b1@90  -1
    f_l1@90   bal_b2@90  1
    f_l2@90   bal_b1@90  -1
    f_l2@90   bal_b3@90  1
    f_l3@90   bal_b3@90  -1
    f_l3@90   bal_b4@90  1
    f_l4@90   bal_b2@90  -1
    f_l4@90   bal_b5@90  1
    f_l5@90   bal_b0@90  -1
    f_l5@90   bal_b3@90  1
    f_l6@90   bal_b0@90  -1
    f_l6@90   bal_b1@90  1
    ch_s0@90  bal_b4@90  -1
    ch_s0@90  soc_s0@90  -0.9243
    dis_s0@90  Obj       0.1
    dis_s0@90  bal_b4@90  1
    dis_s0@90  soc_s0@90  1.0699
    soc_s0@90  soc_s0@90  1
    soc_s0@90  soc_s0@91  -0.9988
    ch_s1@90  bal_b5@90  -1
    ch_s1@90  soc_s1@90  -0.9141
    dis_s1@90  Obj       0.1
    dis_s1@90  bal_b5@90  1
    dis_s1@90  soc_s1@90  1.0893
    soc_s1@90  soc_s1@90  1
    soc_s1@90  soc_s1@91  -0.9982
    ch_s2@90  bal_b3@90  -1
    ch_s2@90  soc_s2@90  -0.8892
    dis_s2@90  Obj       0.1
    dis_s2@90  bal_b3@90  1
    dis_s2@90  soc_s2@90  1.1057
    soc_s2@90  soc_s2@90  1
    soc_s2@90  soc_s2@91  -0.9971
    shed_b0@90  Obj       10000
    shed_b0@90  bal_b0@90  1
    shed_b1@90  Obj       10000
    shed_b1@90  bal_b1@90  1
    shed_b2@90  Obj       10000
    shed_b2@90  bal_b2@90  1
    shed_b3@90  Obj       10000
    shed_b3@90  bal_b3@90  1
    shed_b4@90  Obj       10000
    shed_b4@90  bal_b4@90  1
    shed_b5@90  Obj       10000
    shed_b5@90  bal_b5@90  1
    p_g0@91   Obj       15.54
    p_g0@91   bal_b0@91  1
    p_g0@91   ramp_g0@91  1
    p_g0@91   reserve@91  1
    p_g0@91   ramp_g0@92  -1
    p_g1@91   Obj       23.55
    p_g1@91   bal_b0@91  1
    p_g2@91   Obj       78.18
    p_g2@91   bal_b1@91  1
    p_g2@91   ramp_g2@91  1
    p_g2@91   reserve@91  1
    p_g2@91   ramp_g2@92  -1
    p_g3@91   Obj       16.25
    p_g3@91   bal_b1@91  1
    p_g3@91   ramp_g3@91  1
    p_g3@91   reserve@91  1
    p_g3@91   ramp_g3@92  -1
    p_g4@91   Obj       25.89
    p_g4@91   bal_b2@91  1
    p_g4@91   ramp_g4@91  1
    p_g4@91   ramp_g4@92  -1
    p_g5@91   Obj       76.68
    p_g5@91   bal_b2@91  1
    p_g5@91   ramp_g5@91  1
    p_g5@91   ramp_g5@92  -1
    p_g6@91   Obj       17.76
    p_g6@91   bal_b3@91  1
    p_g7@91   Obj       21.95
    p_g7@91   bal_b3@91  1
    p_g7@91   ramp_g7@91  1
    p_g7@91   ramp_g7@92  -1
    p_g8@91   Obj       44.12
    p_g8@91   bal_b4@91  1
    p_g8@91   ramp_g8@91  1
    p_g8@91   ramp_g8@92  -1
    p_g9@91   Obj       60.4
    p_g9@91   bal_b4@91  1
    p_g9@91   ramp_g9@91  1
    p_g9@91   mustrun@91  1
    p_g9@91   ramp_g9@92  -1
    p_g10@91  Obj       57.07
    p_g10@91  bal_b5@91  1
    p_g10@91  ramp_g10@91  1
    p_g10@91  mustrun@91  1
    p_g10@91  ramp_g10@92  -1
    p_g11@91  Obj       39.72
    p_g11@91  bal_b5@91  1
    imp@91    Obj       46.85
    imp@91    bal_b5@91  1
    f_l0@91   bal_b0@91  -1
    f_l0@91   bal_b1@91  1
    f_l1@91   bal_b1@91  -1
    f_l1@91   bal_b2@91  1
    f_l2@91   bal_b1@91  -1
    f_l2@91   bal_b3@91  1
    f_l3@91   bal_b3@91  -1
    f_l3@91   bal_b4@91  1
    f_l4@91   bal_b2@91  -1
    f_l4@91   bal_b5@91  1
    f_l5@91   bal_b0@91  -1
    f_l5@91   bal_b3@91  1
    f_l6@91   bal_b0@91  -1
    f_l6@91   bal_b1@91  1
    ch_s0@91  bal_b4@91  -1
    ch_s0@91  soc_s0@91  -0.9243
    dis_s0@91  Obj       0.1
    dis_s0@91  bal_b4@91  1
    dis_s0@91  soc_s0@91  1.0699
    soc_s0@91  soc_s0@91  1
    soc_s0@91  soc_s0@92  -0.9988
    ch_s1@91  bal_b5@91  -1
    ch_s1@91  soc_s1@91  -0.9141
    dis_s1@91  Obj       0.1
    dis_s1@91  bal_b5@91  1
    dis_s1@91  soc_s1@91  1.0893
    soc_s1@91  soc_s1@91  1
    soc_s1@91  soc_s1@92  -0.9982
    ch_s2@91  bal_b3@91  -1
    ch_s2@91  soc_s2@91  -0.8892
    dis_s2@91  Obj       0.1
    dis_s2@91  bal_b3@91  1
    dis_s2@91  soc_s2@91  1.1057
    soc_s2@91  soc_s2@91  1
    soc_s2@91  soc_s2@92  -0.9971
    shed_b0@91  Obj       10000
    shed_b0@91  bal_b0@91  1
    shed_b1@91  Obj       10000
    shed_b1@91  bal_b1@91  1
    shed_b2@91  Obj       10000
    shed_b2@91  bal_b2@91  1
    shed_b3@91  Obj       10000
    shed_b3@91  bal_b3@91  1
    shed_b4@91  Obj       10000
    shed_b4@91  bal_b4@91  1
    shed_b5@91  Obj       10000
    shed_b5@91  bal_b5@91  1
    p_g0@92   Obj       15.54
    p_g0@92   bal_b0@92  1
    p_g0@92   ramp_g0@92  1
    p_g0@92   reserve@92  1
    p_g0@92   ramp_g0@93  -1
    p_g1@92   Obj       23.55
    p_g1@92   bal_b0@92  1
    p_g2@92   Obj       78.18
    p_g2@92   bal_b1@92  1
    p_g2@92   ramp_g2@92  1
    p_g2@92   reserve@92  1
    p_g2@92   ramp_g2@93  -1
    p_g3@92   Obj       16.25
    p_g3@92   bal_b1@92  1
    p_g3@92   ramp_g3@92  1
    p_g3@92   reserve@92  1
    p_g3@92   ramp_g3@93  -1
    p_g4@92   Obj       25.89
    p_g4@92   bal_b2@92  1
    p_g4@92   ramp_g4@92  1
    p_g4@92   ramp_g4@93  -1
    p_g5@92   Obj       76.68
    p_g5@92   bal_b2@92  1
    p_g5@92   ramp_g5@92  1
    p_g5@92   ramp_g5@93  -1
    p_g6@92   Obj       17.76
    p_g6@92   bal_b3@92  1
    p_g7@92   Obj       21.95
    p_g7@92   bal_b3@92  1
    p_g7@92   ramp_g7@92  1
    p_g7@92   ramp_g7@93  -1
    p_g8@92   Obj       44.12
    p_g8@92   bal_b4@92  1
    p_g8@92   ramp_g8@92  1
    p_g8@92   ramp_g8@93  -1
    p_g9@92   Obj       60.4
    p_g9@92   bal_b4@92  1
    p_g9@92   ramp_g9@92  1
    p_g9@92   mustrun@92  1
    p_g9@92   ramp_g9@93  -1
    p_g10@92  Obj       57.07
    p_g10@92  bal_b5@92  1
    p_g10@92  ramp_g10@92  1
    p_g10@92  mustrun@92  1
    p_g10@92  ramp_g10@93  -1
    p_g11@92  Obj       39.72
    p_g11@92  bal_b5@92  1
    imp@92    Obj       46.85
    imp@92    bal_b5@92  1
    f_l0@92   bal_b0@92  -1
    f_l0@92   bal_b1@92  1
    f_l1@92   bal_b1@92  -1
    f_l1@92   bal_b2@92  1
    f_l2@92   bal_b1@92  -1
    f_l2@92   bal_b3@92  1
    f_l3@92   bal_b3@92  -1
    f_l3@92   bal_b4@92  1
    f_l4@92   bal_b2@92  -1
    f_l4@92   bal_b5@92  1
    f_l5@92   bal_b0@92  -1
    f_l5@92   bal_b3@92  1
    f_l6@92   bal_b0@92  -1
    f_l6@92   bal_b1@92  1
    ch_s0@92  bal_b4@92  -1
    ch_s0@92  soc_s0@92  -0.9243
    dis_s0@92  Obj       0.1
    dis_s0@92  bal_b4@92  1
    dis_s0@92  soc_s0@92  1.0699
    soc_s0@92  soc_s0@92  1
    soc_s0@92  soc_s0@93  -0.9988
    ch_s1@92  bal_b5@92  -1
    ch_s1@92  soc_s1@92  -0.9141
    dis_s1@92  Obj       0.1
    dis_s1@92  bal_b5@92  1
    dis_s1@92  soc_s1@92  1.0893
    soc_s1@92  soc_s1@92  1
    soc_s1@92  soc_s1@93  -0.9982
    ch_s2@92  bal_b3@92  -1
    ch_s2@92  soc_s2@92  -0.8892
    dis_s2@92  Obj       0.1
    dis_s2@92  bal_b3@92  1
    dis_s2@92  soc_s2@92  1.1057
    soc_s2@92  soc_s2@92  1
    soc_s2@92  soc_s2@93  -0.9971
    shed_b0@92  Obj       10000
    shed_b0@92  bal_b0@92  1
    shed_b1@92  Obj       10000
    shed_b1@92  bal_b1@92  1
    shed_b2@92  Obj       10000
    shed_b2@92  bal_b2@92  1
    shed_b3@92  Obj       10000
    shed_b3@92  bal_b3@92  1
    shed_b4@92  Obj       10000
    shed_b4@92  bal_b4@92  1
    shed_b5@92  Obj       10000
    shed_b5@92  bal_b5@92  1
    p_g0@93   Obj       15.54
    p_g0@93   bal_b0@93  1
    p_g0@93   ramp_g0@93  1
    p_g0@93   reserve@93  1
    p_g0@93   ramp_g0@94  -1
    p_g1@93   Obj       23.55
    p_g1@93   bal_b0@93  1
    p_g2@93   Obj       78.18
    p_g2@93   bal_b1@93  1
    p_g2@93   ramp_g2@93  1
    p_g2@93   reserve@93  1
    p_g2@93   ramp_g2@94  -1
    p_g3@93   Obj       16.25
    p_g3@93   bal_b1@93  1
    p_g3@93   ramp_g3@93  1
    p_g3@93   reserve@93  1
    p_g3@93   ramp_g3@94  -1
    p_g4@93   Obj       25.89
    p_g4@93   bal_b2@93  1
    p_g4@93   ramp_g4@93  1
    p_g4@93   ramp_g4@94  -1
    p_g5@93   Obj       76.68
    p_g5@93   bal_b2@93  1
    p_g5@93   ramp_g5@93  1
    p_g5@93   ramp_g5@94  -1
    p_g6@93   Obj       17.76
    p_g6@93   bal_b3@93  1
    p_g7@93   Obj       21.95
    p_g7@93   bal_b3@93  1
    p_g7@93   ramp_g7@93  1
    p_g7@93   ramp_g7@94  -1
    p_g8@93   Obj       44.12
    p_g8@93   bal_b4@93  1
    p_g8@93   ramp_g8@93  1
    p_g8@93   ramp_g8@94  -1
    p_g9@93   Obj       60.4
    p_g9@93   bal_b4@93  1
    p_g9@93   ramp_g9@93  1
    p_g9@93   mustrun@93  1
    p_g9@93   ramp_g9@94  -1
    p_g10@93  Obj       57.07
    p_g10@93  bal_b5@93  1
    p_g10@93  ramp_g10@93  1
    p_g10@93  mustrun@93  1
    p_g10@93  ramp_g10@94  -1
    p_g11@93  Obj       39.72
    p_g11@93  bal_b5@93  1
    imp@93    Obj       46.85
    imp@93    bal_b5@93  1
    f_l0@93   bal_b0@93  -1
    f_l0@93   bal_b1@93  1
    f_l1@93   bal_b1@93  -1
    f_l1@93   bal_b2@93  1
    f_l2@93   bal_b1@93  -1
    f_l2@93   bal_b3@93  1
    f_l3@93   bal_b3@93  -1
    f_l3@93   bal_b4@93  1
    f_l4@93   bal_b2@93  -1
    f_l4@93   bal_b5@93  1
    f_l5@93   bal_b0@93  -1
    f_l5@93   bal_b3@93  1
    f_l6@93   bal_b0@93  -1
    f_l6@93   bal_b1@93  1
    ch_s0@93  bal_b4@93  -1
    ch_s0@93  soc_s0@93  -0.9243
    dis_s0@93  Obj       0.1
    dis_s0@93  bal_b4@93  1
    dis_s0@93  soc_s0@93  1.0699
    soc_s0@93  soc_s0@93  1
    soc_s0@93  soc_s0@94  -0.9988
    ch_s1@93  bal_b5@93  -1
    ch_s1@93  soc_s1@93  -0.9141
    dis_s1@93  Obj       0.1
    dis_s1@93  bal_b5@93  1
    dis_s1@93  soc_s1@93  1.0893
    soc_s1@93  soc_s1@93  1
    soc_s1@93  soc_s1@94  -0.9982
    ch_s2@93  bal_b3@93  -1
    ch_s2@93  soc_s2@93  -0.8892
    dis_s2@93  Obj       0.1
    dis_s2@93  bal_b3@93  1
    dis_s2@93  soc_s2@93  1.1057
    soc_s2@93  soc_s2@93  1
    soc_s2@93  soc_s2@94  -0.9971
    shed_b0@93  Obj       10000
    shed_b0@93  bal_b0@93  1
    shed_b1@93  Obj       10000
    shed_b1@93  bal_b1@93  1
    shed_b2@93  Obj       10000
    shed_b2@93  bal_b2@93  1
    shed_b3@93  Obj       10000
    shed_b3@93  bal_b3@93  1
    shed_b4@93  Obj       10000
    shed_b4@93  bal_b4@93  1
    shed_b5@93  Obj       10000
    shed_b5@93  bal_b5@93  1
    p_g0@94   Obj       15.54
    p_g0@94   bal_b0@94  1
    p_g0@94   ramp_g0@94  1
    p_g0@94   reserve@94  1
    p_g0@94   ramp_g0@95  -1
    p_g1@94   Obj       23.55
    p_g1@94   bal_b0@94  1
    p_g2@94   Obj       78.18
    p_g2@94   bal_b1@94  1
    p_g2@94   ramp_g2@94  1
    p_g2@94   reserve@94  1
    p_g2@94   ramp_g2@95  -1
    p_g3@94   Obj       16.25
    p_g3@94   bal_b1@94  1
    p_g3@94   ramp_g3@94  1
    p_g3@94   reserve@94  1
    p_g3@94   ramp_g3@95  -1
    p_g4@94   Obj       25.89
    p_g4@94   bal_b2@94  1
    p_g4@94   ramp_g4@94  1
    p_g4@94   ramp_g4@95  -1
    p_g5@94   Obj       76.68
    p_g5@94   bal_b2@94  1
    p_g5@94   ramp_g5@94  1
    p_g5@94   ramp_g5@95  -1
    p_g6@94   Obj       17.76
    p_g6@94   bal_b3@94  1
    p_g7@94   Obj       21.95
    p_g7@94   bal_b3@94  1
    p_g7@94   ramp_g7@94  1
    p_g7@94   ramp_g7@95  -1
    p_g8@94   Obj       44.12
    p_g8@94   bal_b4@94  1
    p_g8@94   ramp_g8@94  1
    p_g8@94   ramp_g8@95  -1
    p_g9@94   Obj       60.4
    p_g9@94   bal_b4@94  1
    p_g9@94   ramp_g9@94  1
    p_g9@94   mustrun@94  1
    p_g9@94   ramp_g9@95  -1
    p_g10@94  Obj       57.07
    p_g10@94  bal_b5@94  1
    p_g10@94  ramp_g10@94  1
    p_g10@94  mustrun@94  1
    p_g10@94  ramp_g10@95  -1
    p_g11@94  Obj       39.72
    p_g11@94  bal_b5@94  1
    imp@94    Obj       46.85
    imp@94    bal_b5@94  1
    f_l0@94   bal_b0@94  -1
    f_l0@94   bal_b1@94  1
    f_l1@94   bal_b1@94  -1
    f_l1@94   bal_b2@94  1
    f_l2@94   bal_b1@94  -1
    f_l2@94   bal_b3@94  1
    f_l3@94   bal_b3@94  -1
    f_l3@94   bal_b4@94  1
    f_l4@94   bal_b2@94  -1
    f_l4@94   bal_b5@94  1
    f_l5@94   bal_b0@94  -1
    f_l5@94   bal_b3@94  1
    f_l6@94   bal_b0@94  -1
    f_l6@94   bal_b1@94  1
    ch_s0@94  bal_b4@94  -1
    ch_s0@94  soc_s0@94  -0.9243
    dis_s0@94  Obj       0.1
    dis_s0@94  bal_b4@94  1
    dis_s0@94  soc_s0@94  1.0699
    soc_s0@94  soc_s0@94  1
    soc_s0@94  soc_s0@95  -0.9988
    ch_s1@94  bal_b5@94  -1
    ch_s1@94  soc_s1@94  -0.9141
    dis_s1@94  Obj       0.1
    dis_s1@94  bal_b5@94  1
    dis_s1@94  soc_s1@94  1.0893
    soc_s1@94  soc_s1@94  1
    soc_s1@94  soc_s1@95  -0.9982
    ch_s2@94  bal_b3@94  -1
    ch_s2@94  soc_s2@94  -0.8892
    dis_s2@94  Obj       0.1
    dis_s2@94  bal_b3@94  1
    dis_s2@94  soc_s2@94  1.1057
    soc_s2@94  soc_s2@94  1
    soc_s2@94  soc_s2@95  -0.9971
    shed_b0@94  Obj       10000
    shed_b0@94  bal_b0@94  1
    shed_b1@94  Obj       10000
    shed_b1@94  bal_b1@94  1
    shed_b2@94  Obj       10000
    shed_b2@94  bal_b2@94  1
    shed_b3@94  Obj       10000
    shed_b3@94  bal_b3@94  1
    shed_b4@94  Obj       10000
    shed_b4@94  bal_b4@94  1
    shed_b5@94  Obj       10000
    shed_b5@94  bal_b5@94  1
    p_g0@95   Obj       15.54
    p_g0@95   bal_b0@95  1
    p_g0@95   ramp_g0@95  1
    p_g0@95   reserve@95  1
    p_g1@95   Obj       23.55
    p_g1@95   bal_b0@95  1
    p_g2@95   Obj       78.18
    p_g2@95   bal_b1@95  1
    p_g2@95   ramp_g2@95  1
    p_g2@95   reserve@95  1
    p_g3@95   Obj       16.25
    p_g3@95   bal_b1@95  1
    p_g3@95   ramp_g3@95  1
    p_g3@95   reserve@95  1
    p_g4@95   Obj       25.89
    p_g4@95   bal_b2@95  1
    p_g4@95   ramp_g4@95  1
    p_g5@95   Obj       76.68
    p_g5@95   bal_b2@95  1
    p_g5@95   ramp_g5@95  1
    p_g6@95   Obj       17.76
    p_g6@95   bal_b3@95  1
    p_g7@95   Obj       21.95
    p_g7@95   bal_b3@95  1
    p_g7@95   ramp_g7@95  1
    p_g8@95   Obj       44.12
    p_g8@95   bal_b4@95  1
    p_g8@95   ramp_g8@95  1
    p_g9@95   Obj       60.4
    p_g9@95   bal_b4@95  1
    p_g9@95   ramp_g9@95  1
    p_g9@95   mustrun@95  1
    p_g10@95  Obj       57.07
    p_g10@95  bal_b5@95  1
    p_g10@95  ramp_g10@95  1
    p_g10@95  mustrun@95  1
    p_g11@95  Obj       39.72
    p_g11@95  bal_b5@95  1
    imp@95    Obj       46.85
    imp@95    bal_b5@95  1
    f_l0@95   bal_b0@95  -1
    f_l0@95   bal_b1@95  1
    f_l1@95   bal_b1@95  -1
    f_l1@95   bal_b2@95  1
    f_l2@95   bal_b1@95  -1
    f_l2@95   bal_b3@95  1
    f_l3@95   bal_b3@95  -1
    f_l3@95   bal_b4@95  1
    f_l4@95   bal_b2@95  -1
    f_l4@95   bal_b5@95  1
    f_l5@95   bal_b0@95  -1
    f_l5@95   bal_b3@95  1
    f_l6@95   bal_b0@95  -1
    f_l6@95   bal_b1@95  1
    ch_s0@95  bal_b4@95  -1
    ch_s0@95  soc_s0@95  -0.9243
    dis_s0@95  Obj       0.1
    dis_s0@95  bal_b4@95  1
    dis_s0@95  soc_s0@95  1.0699
    soc_s0@95  soc_s0@95  1
    ch_s1@95  bal_b5@95  -1
    ch_s1@95  soc_s1@95  -0.9141
    dis_s1@95  Obj       0.1
    dis_s1@95  bal_b5@95  1
    dis_s1@95  soc_s1@95  1.0893
    soc_s1@95  soc_s1@95  1
    ch_s2@95  bal_b3@95  -1
    ch_s2@95  soc_s2@95  -0.8892
    dis_s2@95  Obj       0.1
    dis_s2@95  bal_b3@95  1
    dis_s2@95  soc_s2@95  1.1057
    soc_s2@95  soc_s2@95  1
    shed_b0@95  Obj       10000
    shed_b0@95  bal_b0@95  1
    shed_b1@95  Obj       10000
    shed_b1@95  bal_b1@95  1
    shed_b2@95  Obj       10000
    shed_b2@95  bal_b2@95  1
    shed_b3@95  Obj       10000
    shed_b3@95  bal_b3@95  1
    shed_b4@95  Obj       10000
    shed_b4@95  bal_b4@95  1
    shed_b5@95  Obj       10000
    shed_b5@95  bal_b5@95  1
RHS
    RHS_V     bal_b0@0  50.24
    RHS_V     bal_b1@0  90.12
    RHS_V     bal_b2@0  121.36
    RHS_V     bal_b3@0  122.43
    RHS_V     bal_b4@0  85.12
    RHS_V     bal_b5@0  52.1
    RHS_V     soc_s0@0  109.1888
    RHS_V     soc_s1@0  125.304
    RHS_V     soc_s2@0  107.7466
    RHS_V     reserve@0  188.79
    RHS_V     mustrun@0  42.17
    RHS_V     bal_b0@1  47.48
    RHS_V     bal_b1@1  92.22
    RHS_V     bal_b2@1  101.02
    RHS_V     bal_b3@1  119.22
    RHS_V     bal_b4@1  95.44
    RHS_V     bal_b5@1  53.87
    RHS_V     ramp_g0@1  6.56
    RHS_V     ramp_g2@1  21.67
    RHS_V     ramp_g3@1  34.93
    RHS_V     ramp_g4@1  42.4
    RHS_V     ramp_g5@1  35.34
    RHS_V     ramp_g7@1  22.14
    RHS_V     ramp_g8@1  19.55
    RHS_V     ramp_g9@1  25.36
    RHS_V     ramp_g10@1  18.46
    RHS_V     reserve@1  193.08
    RHS_V     mustrun@1  42.17
    RHS_V     bal_b0@2  53.6
    RHS_V     bal_b1@2  95.1
    RHS_V     bal_b2@2  100.09
    RHS_V     bal_b3@2  116.57
    RHS_V     bal_b4@2  94.07
    RHS_V     bal_b5@2  52.45
    RHS_V     ramp_g0@2  6.56
    RHS_V     ramp_g2@2  21.67
    RHS_V     ramp_g3@2  34.93
    RHS_V     ramp_g4@2  42.4
    RHS_V     ramp_g5@2  35.34
    RHS_V     ramp_g7@2  22.14
    RHS_V     ramp_g8@2  19.55
    RHS_V     ramp_g9@2  25.36
    RHS_V     ramp_g10@2  18.46
    RHS_V     reserve@2  183.31
    RHS_V     mustrun@2  42.17
    RHS_V     bal_b0@3  47.69
    RHS_V     bal_b1@3  87.22
    RHS_V     bal_b2@3  109.02
    RHS_V     bal_b3@3  122.28
    RHS_V     bal_b4@3  95.46
    RHS_V     bal_b5@3  47.53
    RHS_V     ramp_g0@3  6.56
    RHS_V     ramp_g2@3  21.67
    RHS_V     ramp_g3@3  34.93
    RHS_V     ramp_g4@3  42.4
    RHS_V     ramp_g5@3  35.34
    RHS_V     ramp_g7@3  22.14
    RHS_V     ramp_g8@3  19.55
    RHS_V     ramp_g9@3  25.36
    RHS_V     ramp_g10@3  18.46
    RHS_V     reserve@3  192.78
    RHS_V     mustrun@3  42.17
    RHS_V     bal_b0@4  51.95
    RHS_V     bal_b1@4  90.66
    RHS_V     bal_b2@4  113.32
    RHS_V     bal_b3@4  107.59
    RHS_V     bal_b4@4  98.28
    RHS_V     bal_b5@4  49.39
    RHS_V     ramp_g0@4  6.56
    RHS_V     ramp_g2@4  21.67
    RHS_V     ramp_g3@4  34.93
    RHS_V     ramp_g4@4  42.4
    RHS_V     ramp_g5@4  35.34
    RHS_V     ramp_g7@4  22.14
    RHS_V     ramp_g8@4  19.55
    RHS_V     ramp_g9@4  25.36
    RHS_V     ramp_g10@4  18.46
    RHS_V     reserve@4  188.03
    RHS_V     mustrun@4  42.17
    RHS_V     bal_b0@5  52.92
    RHS_V     bal_b1@5  98.47
    RHS_V     bal_b2@5  109.21
    RHS_V     bal_b3@5  126.22
    RHS_V     bal_b4@5  94.81
    RHS_V     bal_b5@5  53.57
    RHS_V     ramp_g0@5  6.56
    RHS_V     ramp_g2@5  21.67
    RHS_V     ramp_g3@5  34.93
    RHS_V     ramp_g4@5  42.4
    RHS_V     ramp_g5@5  35.34
    RHS_V     ramp_g7@5  22.14
    RHS_V     ramp_g8@5  19.55
    RHS_V     ramp_g9@5  25.36
    RHS_V     ramp_g10@5  18.46
    RHS_V     reserve@5  196.49
    RHS_V     mustrun@5  42.17
    RHS_V     bal_b0@6  53.17
    RHS_V     bal_b1@6  113.31
    RHS_V     bal_b2@6  127.55
    RHS_V     bal_b3@6  134.79
    RHS_V     bal_b4@6  99.74
    RHS_V     bal_b5@6  62.65
    RHS_V     ramp_g0@6  6.56
    RHS_V     ramp_g2@6  21.67
    RHS_V     ramp_g3@6  34.93
    RHS_V     ramp_g4@6  42.4
    RHS_V     ramp_g5@6  35.34
    RHS_V     ramp_g7@6  22.14
    RHS_V     ramp_g8@6  19.55
    RHS_V     ramp_g9@6  25.36
    RHS_V     ramp_g10@6  18.46
    RHS_V     reserve@6  192.83
    RHS_V     mustrun@6  42.17
    RHS_V     bal_b0@7  59.85
    RHS_V     bal_b1@7  101.6
    RHS_V     bal_b2@7  123.01
    RHS_V     bal_b3@7  144.53
    RHS_V     bal_b4@7  114.72
    RHS_V     bal_b5@7  62.2
    RHS_V     ramp_g0@7  6.56
    RHS_V     ramp_g2@7  21.67
    RHS_V     ramp_g3@7  34.93
    RHS_V     ramp_g4@7  42.4
    RHS_V     ramp_g5@7  35.34
    RHS_V     ramp_g7@7  22.14
    RHS_V     ramp_g8@7  19.55
    RHS_V     ramp_g9@7  25.36
    RHS_V     ramp_g10@7  18.46
    RHS_V     reserve@7  199.43
    RHS_V     mustrun@7  42.17
    RHS_V     bal_b0@8  69.03
    RHS_V     bal_b1@8  122.31
    RHS_V     bal_b2@8  138.33
    RHS_V     bal_b3@8  160.34
    RHS_V     bal_b4@8  108.44
    RHS_V     bal_b5@8  62.72
    RHS_V     ramp_g0@8  6.56
    RHS_V     ramp_g2@8  21.67
    RHS_V     ramp_g3@8  34.93
    RHS_V     ramp_g4@8  42.4
    RHS_V     ramp_g5@8  35.34
    RHS_V     ramp_g7@8  22.14
    RHS_V     ramp_g8@8  19.55
    RHS_V     ramp_g9@8  25.36
    RHS_V     ramp_g10@8  18.46
    RHS_V     reserve@8  189.78
    RHS_V     mustrun@8  42.17
    RHS_V     bal_b0@9  68.53
    RHS_V     bal_b1@9  125.67
    RHS_V     bal_b2@9  143.66
    RHS_V     bal_b3@9  143.07
    RHS_V     bal_b4@9  111.78
    RHS_V     bal_b5@9  64.45
    RHS_V     ramp_g0@9  6.56
    RHS_V     ramp_g2@9  21.67
    RHS_V     ramp_g3@9  34.93
    RHS_V     ramp_g4@9  42.4
    RHS_V     ramp_g5@9  35.34
    RHS_V     ramp_g7@9  22.14
    RHS_V     ramp_g8@9  19.55
    RHS_V     ramp_g9@9  25.36
    RHS_V     ramp_g10@9  18.46
    RHS_V     reserve@9  189.08
    RHS_V     mustrun@9  42.17
    RHS_V     bal_b0@10  76.33
    RHS_V     bal_b1@10  139.74
    RHS_V     bal_b2@10  156.1
    RHS_V     bal_b3@10  182.37
    RHS_V     bal_b4@10  135.61
    RHS_V     bal_b5@10  71.43
    RHS_V     ramp_g0@10  6.56
    RHS_V     ramp_g2@10  21.67
    RHS_V     ramp_g3@10  34.93
    RHS_V     ramp_g4@10  42.4
    RHS_V     ramp_g5@10  35.34
    RHS_V     ramp_g7@10  22.14
    RHS_V     ramp_g8@10  19.55
    RHS_V     ramp_g9@10  25.36
    RHS_V     ramp_g10@10  18.46
    RHS_V     reserve@10  194.65
    RHS_V     mustrun@10  42.17
    RHS_V     bal_b0@11  78.34
    RHS_V     bal_b1@11  152.57
    RHS_V     bal_b2@11  185.23
    RHS_V     bal_b3@11  176.58
    RHS_V     bal_b4@11  135.91
    RHS_V     bal_b5@11  80.99
    RHS_V     ramp_g0@11  6.56
    RHS_V     ramp_g2@11  21.67
    RHS_V     ramp_g3@11  34.93
    RHS_V     ramp_g4@11  42.4
    RHS_V     ramp_g5@11  35.34
    RHS_V     ramp_g7@11  22.14
    RHS_V     ramp_g8@11  19.55
    RHS_V     ramp_g9@11  25.36
    RHS_V     ramp_g10@11  18.46
    RHS_V     reserve@11  186.59
    RHS_V     mustrun@11  42.17
    RHS_V     bal_b0@12  72.93
    RHS_V     bal_b1@12  131.18
    RHS_V     bal_b2@12  160.86
    RHS_V     bal_b3@12  168.8
    RHS_V     bal_b4@12  155.48
    RHS_V     bal_b5@12  76.77
    RHS_V     ramp_g0@12  6.56
    RHS_V     ramp_g2@12  21.67
    RHS_V     ramp_g3@12  34.93
    RHS_V     ramp_g4@12  42.4
    RHS_V     ramp_g5@12  35.34
    RHS_V     ramp_g7@12  22.14
    RHS_V     ramp_g8@12  19.55
    RHS_V     ramp_g9@12  25.36
    RHS_V     ramp_g10@12  18.46
    RHS_V     reserve@12  195.07
    RHS_V     mustrun@12  42.17
    RHS_V     bal_b0@13  85.06
    RHS_V     bal_b1@13  158.11
    RHS_V     bal_b2@13  181.37
    RHS_V     bal_b3@13  187.35
    RHS_V     bal_b4@13  143.15
    RHS_V     bal_b5@13  82.55
    RHS_V     ramp_g0@13  6.56
    RHS_V     ramp_g2@13  21.67
    RHS_V     ramp_g3@13  34.93
    RHS_V     ramp_g4@13  42.4
    RHS_V     ramp_g5@13  35.34
    RHS_V     ramp_g7@13  22.14
    RHS_V     ramp_g8@13  19.55
    RHS_V     ramp_g9@13  25.36
    RHS_V     ramp_g10@13  18.46
    RHS_V     reserve@13  181.23
    RHS_V     mustrun@13  42.17
    RHS_V     bal_b0@14  84.72
    RHS_V     bal_b1@14  163.52
    RHS_V     bal_b2@14  186.26
    RHS_V     bal_b3@14  174.51
    RHS_V     bal_b4@14  153.65
    RHS_V     bal_b5@14  79.34
    RHS_V     ramp_g0@14  6.56
    RHS_V     ramp_g2@14  21.67
    RHS_V     ramp_g3@14  34.93
    RHS_V     ramp_g4@14  42.4
    RHS_V     ramp_g5@14  35.34
    RHS_V     ramp_g7@14  22.14
    RHS_V     ramp_g8@14  19.55
    RHS_V     ramp_g9@14  25.36
    RHS_V     ramp_g10@14  18.46
    RHS_V     reserve@14  181.75
    RHS_V     mustrun@14  42.17
    RHS_V     bal_b0@15  86.23
    RHS_V     bal_b1@15  143.63
    RHS_V     bal_b2@15  171.92
    RHS_V     bal_b3@15  195.61
    RHS_V     bal_b4@15  137.34
    RHS_V     bal_b5@15  86.4
    RHS_V     ramp_g0@15  6.56
    RHS_V     ramp_g2@15  21.67
    RHS_V     ramp_g3@15  34.93
    RHS_V     ramp_g4@15  42.4
    RHS_V     ramp_g5@15  35.34
    RHS_V     ramp_g7@15  22.14
    RHS_V     ramp_g8@15  19.55
    RHS_V     ramp_g9@15  25.36
    RHS_V     ramp_g10@15  18.46
    RHS_V     reserve@15  189.3
    RHS_V     mustrun@15  42.17
    RHS_V     bal_b0@16  74.09
    RHS_V     bal_b1@16  151.55
    RHS_V     bal_b2@16  168.9
    RHS_V     bal_b3@16  190.85
    RHS_V     bal_b4@16  146.32
    RHS_V     bal_b5@16  79.34
    RHS_V     ramp_g0@16  6.56
    RHS_V     ramp_g2@16  21.67
    RHS_V     ramp_g3@16  34.93
    RHS_V     ramp_g4@16  42.4
    RHS_V     ramp_g5@16  35.34
    RHS_V     ramp_g7@16  22.14
    RHS_V     ramp_g8@16  19.55
    RHS_V     ramp_g9@16  25.36
    RHS_V     ramp_g10@16  18.46
    RHS_V     reserve@16  187.88
    RHS_V     mustrun@16  42.17
    RHS_V     bal_b0@17  84.39
    RHS_V     bal_b1@17  152.94
    RHS_V     bal_b2@17  160.9
    RHS_V     bal_b3@17  183.75
    RHS_V     bal_b4@17  134.93
    RHS_V     bal_b5@17  80.5
    RHS_V     ramp_g0@17  6.56
    RHS_V     ramp_g2@17  21.67
    RHS_V     ramp_g3@17  34.93
    RHS_V     ramp_g4@17  42.4
    RHS_V     ramp_g5@17  35.34
    RHS_V     ramp_g7@17  22.14
    RHS_V     ramp_g8@17  19.55
    RHS_V     ramp_g9@17  25.36
    RHS_V     ramp_g10@17  18.46
    RHS_V     reserve@17  194.11
    RHS_V     mustrun@17  42.17
    RHS_V     bal_b0@18  79.11
    RHS_V     bal_b1@18  134.45
    RHS_V     bal_b2@18  164.71
    RHS_V     bal_b3@18  175.13
    RHS_V     bal_b4@18  139.18
    RHS_V     bal_b5@18  74.9
    RHS_V     ramp_g0@18  6.56
    RHS_V     ramp_g2@18  21.67
    RHS_V     ramp_g3@18  34.93
    RHS_V     ramp_g4@18  42.4
    RHS_V     ramp_g5@18  35.34
    RHS_V     ramp_g7@18  22.14
    RHS_V     ramp_g8@18  19.55
    RHS_V     ramp_g9@18  25.36
    RHS_V     ramp_g10@18  18.46
    RHS_V     reserve@18  195.55
    RHS_V     mustrun@18  42.17
    RHS_V     bal_b0@19  75.36
    RHS_V     bal_b1@19  122.5
    RHS_V     bal_b2@19  164.41
    RHS_V     bal_b3@19  167.43
    RHS_V     bal_b4@19  132.14
    RHS_V     bal_b5@19  72.88
    RHS_V     ramp_g0@19  6.56
    RHS_V     ramp_g2@19  21.67
    RHS_V     ramp_g3@19  34.93
    RHS_V     ramp_g4@19  42.4
    RHS_V     ramp_g5@19  35.34
    RHS_V     ramp_g7@19  22.14
    RHS_V     ramp_g8@19  19.55
    RHS_V     ramp_g9@19  25.36
    RHS_V     ramp_g10@19  18.46
    RHS_V     reserve@19  195.61
    RHS_V     mustrun@19  42.17
    RHS_V     bal_b0@20  71.55
    RHS_V     bal_b1@20  131.01
    RHS_V     bal_b2@20  141.86
    RHS_V     bal_b3@20  141.15
    RHS_V     bal_b4@20  121.5
    RHS_V     bal_b5@20  72.54
    RHS_V     ramp_g0@20  6.56
    RHS_V     ramp_g2@20  21.67
    RHS_V     ramp_g3@20  34.93
    RHS_V     ramp_g4@20  42.4
    RHS_V     ramp_g5@20  35.34
    RHS_V     ramp_g7@20  22.14
    RHS_V     ramp_g8@20  19.55
    RHS_V     ramp_g9@20  25.36
    RHS_V     ramp_g10@20  18.46
    RHS_V     reserve@20  197.15
    RHS_V     mustrun@20  42.17
    RHS_V     bal_b0@21  62.75
    RHS_V     bal_b1@21  110.02
    RHS_V     bal_b2@21  135.85
    RHS_V     bal_b3@21  138.84
    RHS_V     bal_b4@21  99.54
    RHS_V     bal_b5@21  59.76
    RHS_V     ramp_g0@21  6.56
    RHS_V     ramp_g2@21  21.67
    RHS_V     ramp_g3@21  34.93
    RHS_V     ramp_g4@21  42.4
    RHS_V     ramp_g5@21  35.34
    RHS_V     ramp_g7@21  22.14
    RHS_V     ramp_g8@21  19.55
    RHS_V     ramp_g9@21  25.36
    RHS_V     ramp_g10@21  18.46
    RHS_V     reserve@21  192.75
    RHS_V     mustrun@21  42.17
    RHS_V     bal_b0@22  55.84
    RHS_V     bal_b1@22  101.17
    RHS_V     bal_b2@22  138.1
    RHS_V     bal_b3@22  141.58
    RHS_V     bal_b4@22  108.55
    RHS_V     bal_b5@22  61.63
    RHS_V     ramp_g0@22  6.56
    RHS_V     ramp_g2@22  21.67
    RHS_V     ramp_g3@22  34.93
    RHS_V     ramp_g4@22  42.4
    RHS_V     ramp_g5@22  35.34
    RHS_V     ramp_g7@22  22.14
    RHS_V     ramp_g8@22  19.55
    RHS_V     ramp_g9@22  25.36
    RHS_V     ramp_g10@22  18.46
    RHS_V     reserve@22  198.39
    RHS_V     mustrun@22  42.17
    RHS_V     bal_b0@23  49.15
    RHS_V     bal_b1@23  102.1
    RHS_V     bal_b2@23  119.12
    RHS_V     bal_b3@23  125.65
    RHS_V     bal_b4@23  94.53
    RHS_V     bal_b5@23  58.45
    RHS_V     ramp_g0@23  6.56
    RHS_V     ramp_g2@23  21.67
    RHS_V     ramp_g3@23  34.93
    RHS_V     ramp_g4@23  42.4
    RHS_V     ramp_g5@23  35.34
    RHS_V     ramp_g7@23  22.14
    RHS_V     ramp_g8@23  19.55
    RHS_V     ramp_g9@23  25.36
    RHS_V     ramp_g10@23  18.46
    RHS_V     reserve@23  184.14
    RHS_V     mustrun@23  42.17
    RHS_V     bal_b0@24  53.36
    RHS_V     bal_b1@24  93.27
    RHS_V     bal_b2@24  122.59
    RHS_V     bal_b3@24  117.49
    RHS_V     bal_b4@24  83.83
    RHS_V     bal_b5@24  51.14
    RHS_V     ramp_g0@24  6.56
    RHS_V     ramp_g2@24  21.67
    RHS_V     ramp_g3@24  34.93
    RHS_V     ramp_g4@24  42.4
    RHS_V     ramp_g5@24  35.34
    RHS_V     ramp_g7@24  22.14
    RHS_V     ramp_g8@24  19.55
    RHS_V     ramp_g9@24  25.36
    RHS_V     ramp_g10@24  18.46
    RHS_V     reserve@24  189.45
    RHS_V     mustrun@24  42.17
    RHS_V     bal_b0@25  50.99
    RHS_V     bal_b1@25  82.49
    RHS_V     bal_b2@25  120.59
    RHS_V     bal_b3@25  119.58
    RHS_V     bal_b4@25  90.05
    RHS_V     bal_b5@25  49.89
    RHS_V     ramp_g0@25  6.56
    RHS_V     ramp_g2@25  21.67
    RHS_V     ramp_g3@25  34.93
    RHS_V     ramp_g4@25  42.4
    RHS_V     ramp_g5@25  35.34
    RHS_V     ramp_g7@25  22.14
    RHS_V     ramp_g8@25  19.55
    RHS_V     ramp_g9@25  25.36
    RHS_V     ramp_g10@25  18.46
    RHS_V     reserve@25  193.39
    RHS_V     mustrun@25  42.17
    RHS_V     bal_b0@26  50.59
    RHS_V     bal_b1@26  81.41
    RHS_V     bal_b2@26  107.83
    RHS_V     bal_b3@26  106.08
    RHS_V     bal_b4@26  91.94
    RHS_V     bal_b5@26  50.08
    RHS_V     ramp_g0@26  6.56
    RHS_V     ramp_g2@26  21.67
    RHS_V     ramp_g3@26  34.93
    RHS_V     ramp_g4@26  42.4
    RHS_V     ramp_g5@26  35.34
    RHS_V     ramp_g7@26  22.14
    RHS_V     ramp_g8@26  19.55
    RHS_V     ramp_g9@26  25.36
    RHS_V     ramp_g10@26  18.46
    RHS_V     reserve@26  191.29
    RHS_V     mustrun@26  42.17
    RHS_V     bal_b0@27  44.78
    RHS_V     bal_b1@27  91.51
    RHS_V     bal_b2@27  103.77
    RHS_V     bal_b3@27  120.74
    RHS_V     bal_b4@27  91.53
    RHS_V     bal_b5@27  45.63
    RHS_V     ramp_g0@27  6.56
    RHS_V     ramp_g2@27  21.67
    RHS_V     ramp_g3@27  34.93
    RHS_V     ramp_g4@27  42.4
    RHS_V     ramp_g5@27  35.34
    RHS_V     ramp_g7@27  22.14
    RHS_V     ramp_g8@27  19.55
    RHS_V     ramp_g9@27  25.36
    RHS_V     ramp_g10@27  18.46
    RHS_V     reserve@27  198.92
    RHS_V     mustrun@27  42.17
    RHS_V     bal_b0@28  55.89
    RHS_V     bal_b1@28  92.17
    RHS_V     bal_b2@28  115.24
    RHS_V     bal_b3@28  117.49
    RHS_V     bal_b4@28  94.82
    RHS_V     bal_b5@28  49.79
    RHS_V     ramp_g0@28  6.56
    RHS_V     ramp_g2@28  21.67
    RHS_V     ramp_g3@28  34.93
    RHS_V     ramp_g4@28  42.4
    RHS_V     ramp_g5@28  35.34
    RHS_V     ramp_g7@28  22.14
    RHS_V     ramp_g8@28  19.55
    RHS_V     ramp_g9@28  25.36
    RHS_V     ramp_g10@28  18.46
    RHS_V     reserve@28  193.24
    RHS_V     mustrun@28  42.17
    RHS_V     bal_b0@29  52.7
    RHS_V     bal_b1@29  101.07
    RHS_V     bal_b2@29  109.57
    RHS_V     bal_b3@29  130.76
    RHS_V     bal_b4@29  91.63
    RHS_V     bal_b5@29  56.2
    RHS_V     ramp_g0@29  6.56
    RHS_V     ramp_g2@29  21.67
    RHS_V     ramp_g3@29  34.93
    RHS_V     ramp_g4@29  42.4
    RHS_V     ramp_g5@29  35.34
    RHS_V     ramp_g7@29  22.14
    RHS_V     ramp_g8@29  19.55
    RHS_V     ramp_g9@29  25.36
    RHS_V     ramp_g10@29  18.46
    RHS_V     reserve@29  188.96
    RHS_V     mustrun@29  42.17
    RHS_V     bal_b0@30  52.39
    RHS_V     bal_b1@30  99.72
    RHS_V     bal_b2@30  117.04
    RHS_V     bal_b3@30  124.35
    RHS_V     bal_b4@30  100.75
    RHS_V     bal_b5@30  57.9
    RHS_V     ramp_g0@30  6.56
    RHS_V     ramp_g2@30  21.67
    RHS_V     ramp_g3@30  34.93
    RHS_V     ramp_g4@30  42.4
    RHS_V     ramp_g5@30  35.34
    RHS_V     ramp_g7@30  22.14
    RHS_V     ramp_g8@30  19.55
    RHS_V     ramp_g9@30  25.36
    RHS_V     ramp_g10@30  18.46
    RHS_V     reserve@30  195.6
    RHS_V     mustrun@30  42.17
    RHS_V     bal_b0@31  67.26
    RHS_V     bal_b1@31  114.54
    RHS_V     bal_b2@31  147.99
    RHS_V     bal_b3@31  128.13
    RHS_V     bal_b4@31  99.32
    RHS_V     bal_b5@31  66.86
    RHS_V     ramp_g0@31  6.56
    RHS_V     ramp_g2@31  21.67
    RHS_V     ramp_g3@31  34.93
    RHS_V     ramp_g4@31  42.4
    RHS_V     ramp_g5@31  35.34
    RHS_V     ramp_g7@31  22.14
    RHS_V     ramp_g8@31  19.55
    RHS_V     ramp_g9@31  25.36
    RHS_V     ramp_g10@31  18.46
    RHS_V     reserve@31  187.05
    RHS_V     mustrun@31  42.17
    RHS_V     bal_b0@32  68.59
    RHS_V     bal_b1@32  129.06
    RHS_V     bal_b2@32  140.21
    RHS_V     bal_b3@32  162.65
    RHS_V     bal_b4@32  112.81
    RHS_V     bal_b5@32  70.28
    RHS_V     ramp_g0@32  6.56
    RHS_V     ramp_g2@32  21.67
    RHS_V     ramp_g3@32  34.93
    RHS_V     ramp_g4@32  42.4
    RHS_V     ramp_g5@32  35.34
    RHS_V     ramp_g7@32  22.14
    RHS_V     ramp_g8@32  19.55
    RHS_V     ramp_g9@32  25.36
    RHS_V     ramp_g10@32  18.46
    RHS_V     reserve@32  199.41
    RHS_V     mustrun@32  42.17
    RHS_V     bal_b0@33  70.06
    RHS_V     bal_b1@33  116.02
    RHS_V     bal_b2@33  160.26
    RHS_V     bal_b3@33  159.55
    RHS_V     bal_b4@33  128.8
    RHS_V     bal_b5@33  75.49
    RHS_V     ramp_g0@33  6.56
    RHS_V     ramp_g2@33  21.67
    RHS_V     ramp_g3@33  34.93
    RHS_V     ramp_g4@33  42.4
    RHS_V     ramp_g5@33  35.34
    RHS_V     ramp_g7@33  22.14
    RHS_V     ramp_g8@33  19.55
    RHS_V     ramp_g9@33  25.36
    RHS_V     ramp_g10@33  18.46
    RHS_V     reserve@33  194.73
    RHS_V     mustrun@33  42.17
    RHS_V     bal_b0@34  77.59
    RHS_V     bal_b1@34  127.8
    RHS_V     bal_b2@34  157.75
    RHS_V     bal_b3@34  178.09
    RHS_V     bal_b4@34  118.36
    RHS_V     bal_b5@34  68.44
    RHS_V     ramp_g0@34  6.56
    RHS_V     ramp_g2@34  21.67
    RHS_V     ramp_g3@34  34.93
    RHS_V     ramp_g4@34  42.4
    RHS_V     ramp_g5@34  35.34
    RHS_V     ramp_g7@34  22.14
    RHS_V     ramp_g8@34  19.55
    RHS_V     ramp_g9@34  25.36
    RHS_V     ramp_g10@34  18.46
    RHS_V     reserve@34  199.15
    RHS_V     mustrun@34  42.17
    RHS_V     bal_b0@35  81.74
    RHS_V     bal_b1@35  150.92
    RHS_V     bal_b2@35  158.7
    RHS_V     bal_b3@35  163.8
    RHS_V     bal_b4@35  138.61
    RHS_V     bal_b5@35  82.94
    RHS_V     ramp_g0@35  6.56
    RHS_V     ramp_g2@35  21.67
    RHS_V     ramp_g3@35  34.93
    RHS_V     ramp_g4@35  42.4
    RHS_V     ramp_g5@35  35.34
    RHS_V     ramp_g7@35  22.14
    RHS_V     ramp_g8@35  19.55
    RHS_V     ramp_g9@35  25.36
    RHS_V     ramp_g10@35  18.46
    RHS_V     reserve@35  195.11
    RHS_V     mustrun@35  42.17
    RHS_V     bal_b0@36  82.34
    RHS_V     bal_b1@36  150.26
    RHS_V     bal_b2@36  194.08
    RHS_V     bal_b3@36  182.74
    RHS_V     bal_b4@36  131.4
    RHS_V     bal_b5@36  84.62
    RHS_V     ramp_g0@36  6.56
    RHS_V     ramp_g2@36  21.67
    RHS_V     ramp_g3@36  34.93
    RHS_V     ramp_g4@36  42.4
    RHS_V     ramp_g5@36  35.34
    RHS_V     ramp_g7@36  22.14
    RHS_V     ramp_g8@36  19.55
    RHS_V     ramp_g9@36  25.36
    RHS_V     ramp_g10@36  18.46
    RHS_V     reserve@36  180.94
    RHS_V     mustrun@36  42.17
    RHS_V     bal_b0@37  78.9
    RHS_V     bal_b1@37  137.46
    RHS_V     bal_b2@37  192.77
    RHS_V     bal_b3@37  181.72
    RHS_V     bal_b4@37  138.18
    RHS_V     bal_b5@37  77.65
    RHS_V     ramp_g0@37  6.56
    RHS_V     ramp_g2@37  21.67
    RHS_V     ramp_g3@37  34.93
    RHS_V     ramp_g4@37  42.4
    RHS_V     ramp_g5@37  35.34
    RHS_V     ramp_g7@37  22.14
    RHS_V     ramp_g8@37  19.55
    RHS_V     ramp_g9@37  25.36
    RHS_V     ramp_g10@37  18.46
    RHS_V     reserve@37  197.22
    RHS_V     mustrun@37  42.17
    RHS_V     bal_b0@38  78.91
    RHS_V     bal_b1@38  152.06
    RHS_V     bal_b2@38  183.68
    RHS_V     bal_b3@38  175.23
    RHS_V     bal_b4@38  131.57
    RHS_V     bal_b5@38  88.48
    RHS_V     ramp_g0@38  6.56
    RHS_V     ramp_g2@38  21.67
    RHS_V     ramp_g3@38  34.93
    RHS_V     ramp_g4@38  42.4
    RHS_V     ramp_g5@38  35.34
    RHS_V     ramp_g7@38  22.14
    RHS_V     ramp_g8@38  19.55
    RHS_V     ramp_g9@38  25.36
    RHS_V     ramp_g10@38  18.46
    RHS_V     reserve@38  195.53
    RHS_V     mustrun@38  42.17
    RHS_V     bal_b0@39  84.08
    RHS_V     bal_b1@39  154.56
    RHS_V     bal_b2@39  197.42
    RHS_V     bal_b3@39  167.06
    RHS_V     bal_b4@39  151.15
    RHS_V     bal_b5@39  78.34
    RHS_V     ramp_g0@39  6.56
    RHS_V     ramp_g2@39  21.67
    RHS_V     ramp_g3@39  34.93
    RHS_V     ramp_g4@39  42.4
    RHS_V     ramp_g5@39  35.34
    RHS_V     ramp_g7@39  22.14
    RHS_V     ramp_g8@39  19.55
    RHS_V     ramp_g9@39  25.36
    RHS_V     ramp_g10@39  18.46
    RHS_V     reserve@39  188.5
    RHS_V     mustrun@39  42.17
    RHS_V     bal_b0@40  74.01
    RHS_V     bal_b1@40  145.35
    RHS_V     bal_b2@40  178.53
    RHS_V     bal_b3@40  178.11
    RHS_V     bal_b4@40  154.29
    RHS_V     bal_b5@40  83.8
    RHS_V     ramp_g0@40  6.56
    RHS_V     ramp_g2@40  21.67
    RHS_V     ramp_g3@40  34.93
    RHS_V     ramp_g4@40  42.4
    RHS_V     ramp_g5@40  35.34
    RHS_V     ramp_g7@40  22.14
    RHS_V     ramp_g8@40  19.55
    RHS_V     ramp_g9@40  25.36
    RHS_V     ramp_g10@40  18.46
    RHS_V     reserve@40  190.86
    RHS_V     mustrun@40  42.17
    RHS_V     bal_b0@41  72.47
    RHS_V     bal_b1@41  138.85
    RHS_V     bal_b2@41  167.85
    RHS_V     bal_b3@41  166.35
    RHS_V     bal_b4@41  144.19
    RHS_V     bal_b5@41  80.76
    RHS_V     ramp_g0@41  6.56
    RHS_V     ramp_g2@41  21.67
    RHS_V     ramp_g3@41  34.93
    RHS_V     ramp_g4@41  42.4
    RHS_V     ramp_g5@41  35.34
    RHS_V     ramp_g7@41  22.14
    RHS_V     ramp_g8@41  19.55
    RHS_V     ramp_g9@41  25.36
    RHS_V     ramp_g10@41  18.46
    RHS_V     reserve@41  188.59
    RHS_V     mustrun@41  42.17
    RHS_V     bal_b0@42  69.22
    RHS_V     bal_b1@42  120.82
    RHS_V     bal_b2@42  164.48
    RHS_V     bal_b3@42  171.49
    RHS_V     bal_b4@42  121.14
    RHS_V     bal_b5@42  81.17
    RHS_V     ramp_g0@42  6.56
    RHS_V     ramp_g2@42  21.67
    RHS_V     ramp_g3@42  34.93
    RHS_V     ramp_g4@42  42.4
    RHS_V     ramp_g5@42  35.34
    RHS_V     ramp_g7@42  22.14
    RHS_V     ramp_g8@42  19.55
    RHS_V     ramp_g9@42  25.36
    RHS_V     ramp_g10@42  18.46
    RHS_V     reserve@42  190.78
    RHS_V     mustrun@42  42.17
    RHS_V     bal_b0@43  69.18
    RHS_V     bal_b1@43  118.51
    RHS_V     bal_b2@43  166.19
    RHS_V     bal_b3@43  147.38
    RHS_V     bal_b4@43  117.33
    RHS_V     bal_b5@43  75.99
    RHS_V     ramp_g0@43  6.56
    RHS_V     ramp_g2@43  21.67
    RHS_V     ramp_g3@43  34.93
    RHS_V     ramp_g4@43  42.4
    RHS_V     ramp_g5@43  35.34
    RHS_V     ramp_g7@43  22.14
    RHS_V     ramp_g8@43  19.55
    RHS_V     ramp_g9@43  25.36
    RHS_V     ramp_g10@43  18.46
    RHS_V     reserve@43  187.55
    RHS_V     mustrun@43  42.17
    RHS_V     bal_b0@44  67
    RHS_V     bal_b1@44  126.18
    RHS_V     bal_b2@44  142.59
    RHS_V     bal_b3@44  154.88
    RHS_V     bal_b4@44  120.84
    RHS_V     bal_b5@44  62.75
    RHS_V     ramp_g0@44  6.56
    RHS_V     ramp_g2@44  21.67
    RHS_V     ramp_g3@44  34.93
    RHS_V     ramp_g4@44  42.4
    RHS_V     ramp_g5@44  35.34
    RHS_V     ramp_g7@44  22.14
    RHS_V     ramp_g8@44  19.55
    RHS_V     ramp_g9@44  25.36
    RHS_V     ramp_g10@44  18.46
    RHS_V     reserve@44  191.39
    RHS_V     mustrun@44  42.17
    RHS_V     bal_b0@45  61.3
    RHS_V     bal_b1@45  110.91
    RHS_V     bal_b2@45  131.69
    RHS_V     bal_b3@45  135.47
    RHS_V     bal_b4@45  101.1
    RHS_V     bal_b5@45  56.79
    RHS_V     ramp_g0@45  6.56
    RHS_V     ramp_g2@45  21.67
    RHS_V     ramp_g3@45  34.93
    RHS_V     ramp_g4@45  42.4
    RHS_V     ramp_g5@45  35.34
    RHS_V     ramp_g7@45  22.14
    RHS_V     ramp_g8@45  19.55
    RHS_V     ramp_g9@45  25.36
    RHS_V     ramp_g10@45  18.46
    RHS_V     reserve@45  195.67
    RHS_V     mustrun@45  42.17
    RHS_V     bal_b0@46  60.41
    RHS_V     bal_b1@46  102.17
    RHS_V     bal_b2@46  123.43
    RHS_V     bal_b3@46  136.84
    RHS_V     bal_b4@46  91.72
    RHS_V     bal_b5@46  57.74
    RHS_V     ramp_g0@46  6.56
    RHS_V     ramp_g2@46  21.67
    RHS_V     ramp_g3@46  34.93
    RHS_V     ramp_g4@46  42.4
    RHS_V     ramp_g5@46  35.34
    RHS_V     ramp_g7@46  22.14
    RHS_V     ramp_g8@46  19.55
    RHS_V     ramp_g9@46  25.36
    RHS_V     ramp_g10@46  18.46
    RHS_V     reserve@46  193.67
    RHS_V     mustrun@46  42.17
    RHS_V     bal_b0@47  58.84
    RHS_V     bal_b1@47  106.79
    RHS_V     bal_b2@47  119.66
    RHS_V     bal_b3@47  110.84
    RHS_V     bal_b4@47  93.86
    RHS_V     bal_b5@47  49.8
    RHS_V     ramp_g0@47  6.56
    RHS_V     ramp_g2@47  21.67
    RHS_V     ramp_g3@47  34.93
    RHS_V     ramp_g4@47  42.4
    RHS_V     ramp_g5@47  35.34
    RHS_V     ramp_g7@47  22.14
    RHS_V     ramp_g8@47  19.55
    RHS_V     ramp_g9@47  25.36
    RHS_V     ramp_g10@47  18.46
    RHS_V     reserve@47  197.75
    RHS_V     mustrun@47  42.17
    RHS_V     bal_b0@48  47.1
    RHS_V     bal_b1@48  86.92
    RHS_V     bal_b2@48  123.4
    RHS_V     bal_b3@48  113.08
    RHS_V     bal_b4@48  99.89
    RHS_V     bal_b5@48  47.9
    RHS_V     ramp_g0@48  6.56
    RHS_V     ramp_g2@48  21.67
    RHS_V     ramp_g3@48  34.93
    RHS_V     ramp_g4@48  42.4
    RHS_V     ramp_g5@48  35.34
    RHS_V     ramp_g7@48  22.14
    RHS_V     ramp_g8@48  19.55
    RHS_V     ramp_g9@48  25.36
    RHS_V     ramp_g10@48  18.46
    RHS_V     reserve@48  183.7
    RHS_V     mustrun@48  42.17
    RHS_V     bal_b0@49  46.31
    RHS_V     bal_b1@49  81.73
    RHS_V     bal_b2@49  108.77
    RHS_V     bal_b3@49  112.14
    RHS_V     bal_b4@49  81.22
    RHS_V     bal_b5@49  53
    RHS_V     ramp_g0@49  6.56
    RHS_V     ramp_g2@49  21.67
    RHS_V     ramp_g3@49  34.93
    RHS_V     ramp_g4@49  42.4
    RHS_V     ramp_g5@49  35.34
    RHS_V     ramp_g7@49  22.14
    RHS_V     ramp_g8@49  19.55
    RHS_V     ramp_g9@49  25.36
    RHS_V     ramp_g10@49  18.46
    RHS_V     reserve@49  189.88
    RHS_V     mustrun@49  42.17
    RHS_V     bal_b0@50  51.65
    RHS_V     bal_b1@50  87.03
    RHS_V     bal_b2@50  110.92
    RHS_V     bal_b3@50  116.91
    RHS_V     bal_b4@50  90.7
    RHS_V     bal_b5@50  47.62
    RHS_V     ramp_g0@50  6.56
    RHS_V     ramp_g2@50  21.67
    RHS_V     ramp_g3@50  34.93
    RHS_V     ramp_g4@50  42.4
    RHS_V     ramp_g5@50  35.34
    RHS_V     ramp_g7@50  22.14
    RHS_V     ramp_g8@50  19.55
    RHS_V     ramp_g9@50  25.36
    RHS_V     ramp_g10@50  18.46
    RHS_V     reserve@50  186.38
    RHS_V     mustrun@50  42.17
    RHS_V     bal_b0@51  48.22
    RHS_V     bal_b1@51  82.78
    RHS_V     bal_b2@51  114.66
    RHS_V     bal_b3@51  111.81
    RHS_V     bal_b4@51  81.99
    RHS_V     bal_b5@51  51.6
    RHS_V     ramp_g0@51  6.56
    RHS_V     ramp_g2@51  21.67
    RHS_V     ramp_g3@51  34.93
    RHS_V     ramp_g4@51  42.4
    RHS_V     ramp_g5@51  35.34
    RHS_V     ramp_g7@51  22.14
    RHS_V     ramp_g8@51  19.55
    RHS_V     ramp_g9@51  25.36
    RHS_V     ramp_g10@51  18.46
    RHS_V     reserve@51  194.83
    RHS_V     mustrun@51  42.17
    RHS_V     bal_b0@52  52.9
    RHS_V     bal_b1@52  87.38
    RHS_V     bal_b2@52  124.11
    RHS_V     bal_b3@52  110.25
    RHS_V     bal_b4@52  91.97
    RHS_V     bal_b5@52  53.74
    RHS_V     ramp_g0@52  6.56
    RHS_V     ramp_g2@52  21.67
    RHS_V     ramp_g3@52  34.93
    RHS_V     ramp_g4@52  42.4
    RHS_V     ramp_g5@52  35.34
    RHS_V     ramp_g7@52  22.14
    RHS_V     ramp_g8@52  19.55
    RHS_V     ramp_g9@52  25.36
    RHS_V     ramp_g10@52  18.46
    RHS_V     reserve@52  189.11
    RHS_V     mustrun@52  42.17
    RHS_V     bal_b0@53  49.35
    RHS_V     bal_b1@53  102.73
    RHS_V     bal_b2@53  123.42
    RHS_V     bal_b3@53  122.89
    RHS_V     bal_b4@53  92.96
    RHS_V     bal_b5@53  49.41
    RHS_V     ramp_g0@53  6.56
    RHS_V     ramp_g2@53  21.67
    RHS_V     ramp_g3@53  34.93
    RHS_V     ramp_g4@53  42.4
    RHS_V     ramp_g5@53  35.34
    RHS_V     ramp_g7@53  22.14
    RHS_V     ramp_g8@53  19.55
    RHS_V     ramp_g9@53  25.36
    RHS_V     ramp_g10@53  18.46
    RHS_V     reserve@53  195.98
    RHS_V     mustrun@53  42.17
    RHS_V     bal_b0@54  53.19
    RHS_V     bal_b1@54  95.86
    RHS_V     bal_b2@54  125.17
    RHS_V     bal_b3@54  138.06
    RHS_V     bal_b4@54  102.23
    RHS_V     bal_b5@54  58.96
    RHS_V     ramp_g0@54  6.56
    RHS_V     ramp_g2@54  21.67
    RHS_V     ramp_g3@54  34.93
    RHS_V     ramp_g4@54  42.4
    RHS_V     ramp_g5@54  35.34
    RHS_V     ramp_g7@54  22.14
    RHS_V     ramp_g8@54  19.55
    RHS_V     ramp_g9@54  25.36
    RHS_V     ramp_g10@54  18.46
    RHS_V     reserve@54  187.91
    RHS_V     mustrun@54  42.17
    RHS_V     bal_b0@55  65.9
    RHS_V     bal_b1@55  119.93
    RHS_V     bal_b2@55  137.03
    RHS_V     bal_b3@55  128.88
    RHS_V     bal_b4@55  98.3
    RHS_V     bal_b5@55  64.73
    RHS_V     ramp_g0@55  6.56
    RHS_V     ramp_g2@55  21.67
    RHS_V     ramp_g3@55  34.93
    RHS_V     ramp_g4@55  42.4
    RHS_V     ramp_g5@55  35.34
    RHS_V     ramp_g7@55  22.14
    RHS_V     ramp_g8@55  19.55
    RHS_V     ramp_g9@55  25.36
    RHS_V     ramp_g10@55  18.46
    RHS_V     reserve@55  192.07
    RHS_V     mustrun@55  42.17
    RHS_V     bal_b0@56  64.63
    RHS_V     bal_b1@56  116.22
    RHS_V     bal_b2@56  141.13
    RHS_V     bal_b3@56  139.48
    RHS_V     bal_b4@56  122.23
    RHS_V     bal_b5@56  72.21
    RHS_V     ramp_g0@56  6.56
    RHS_V     ramp_g2@56  21.67
    RHS_V     ramp_g3@56  34.93
    RHS_V     ramp_g4@56  42.4
    RHS_V     ramp_g5@56  35.34
    RHS_V     ramp_g7@56  22.14
    RHS_V     ramp_g8@56  19.55
    RHS_V     ramp_g9@56  25.36
    RHS_V     ramp_g10@56  18.46
    RHS_V     reserve@56  197.45
    RHS_V     mustrun@56  42.17
    RHS_V     bal_b0@57  64.49
    RHS_V     bal_b1@57  118.1
    RHS_V     bal_b2@57  164.94
    RHS_V     bal_b3@57  143.43
    RHS_V     bal_b4@57  123.07
    RHS_V     bal_b5@57  65.83
    RHS_V     ramp_g0@57  6.56
    RHS_V     ramp_g2@57  21.67
    RHS_V     ramp_g3@57  34.93
    RHS_V     ramp_g4@57  42.4
    RHS_V     ramp_g5@57  35.34
    RHS_V     ramp_g7@57  22.14
    RHS_V     ramp_g8@57  19.55
    RHS_V     ramp_g9@57  25.36
    RHS_V     ramp_g10@57  18.46
    RHS_V     reserve@57  190.22
    RHS_V     mustrun@57  42.17
    RHS_V     bal_b0@58  79.95
    RHS_V     bal_b1@58  128.09
    RHS_V     bal_b2@58  167.72
    RHS_V     bal_b3@58  179.87
    RHS_V     bal_b4@58  142.62
    RHS_V     bal_b5@58  73.82
    RHS_V     ramp_g0@58  6.56
    RHS_V     ramp_g2@58  21.67
    RHS_V     ramp_g3@58  34.93
    RHS_V     ramp_g4@58  42.4
    RHS_V     ramp_g5@58  35.34
    RHS_V     ramp_g7@58  22.14
    RHS_V     ramp_g8@58  19.55
    RHS_V     ramp_g9@58  25.36
    RHS_V     ramp_g10@58  18.46
    RHS_V     reserve@58  184.86
    RHS_V     mustrun@58  42.17
    RHS_V     bal_b0@59  72.92
    RHS_V     bal_b1@59  131.04
    RHS_V     bal_b2@59  188.02
    RHS_V     bal_b3@59  182.24
    RHS_V     bal_b4@59  150.44
    RHS_V     bal_b5@59  70.3
    RHS_V     ramp_g0@59  6.56
    RHS_V     ramp_g2@59  21.67
    RHS_V     ramp_g3@59  34.93
    RHS_V     ramp_g4@59  42.4
    RHS_V     ramp_g5@59  35.34
    RHS_V     ramp_g7@59  22.14
    RHS_V     ramp_g8@59  19.55
    RHS_V     ramp_g9@59  25.36
    RHS_V     ramp_g10@59  18.46
    RHS_V     reserve@59  191.06
    RHS_V     mustrun@59  42.17
    RHS_V     bal_b0@60  73
    RHS_V     bal_b1@60  143.43
    RHS_V     bal_b2@60  182.28
    RHS_V     bal_b3@60  187.92
    RHS_V     bal_b4@60  154.93
    RHS_V     bal_b5@60  76.71
    RHS_V     ramp_g0@60  6.56
    RHS_V     ramp_g2@60  21.67
    RHS_V     ramp_g3@60  34.93
    RHS_V     ramp_g4@60  42.4
    RHS_V     ramp_g5@60  35.34
    RHS_V     ramp_g7@60  22.14
    RHS_V     ramp_g8@60  19.55
    RHS_V     ramp_g9@60  25.36
    RHS_V     ramp_g10@60  18.46
    RHS_V     reserve@60  191
    RHS_V     mustrun@60  42.17
    RHS_V     bal_b0@61  81.94
    RHS_V     bal_b1@61  141.28
    RHS_V     bal_b2@61  187.35
    RHS_V     bal_b3@61  196.78
    RHS_V     bal_b4@61  154.08
    RHS_V     bal_b5@61  87.36
    RHS_V     ramp_g0@61  6.56
    RHS_V     ramp_g2@61  21.67
    RHS_V     ramp_g3@61  34.93
    RHS_V     ramp_g4@61  42.4
    RHS_V     ramp_g5@61  35.34
    RHS_V     ramp_g7@61  22.14
    RHS_V     ramp_g8@61  19.55
    RHS_V     ramp_g9@61  25.36
    RHS_V     ramp_g10@61  18.46
    RHS_V     reserve@61  190.47
    RHS_V     mustrun@61  42.17
    RHS_V     bal_b0@62  83.11
    RHS_V     bal_b1@62  158.44
    RHS_V     bal_b2@62  174.17
    RHS_V     bal_b3@62  198.23
    RHS_V     bal_b4@62  154.04
    RHS_V     bal_b5@62  90.1
    RHS_V     ramp_g0@62  6.56
    RHS_V     ramp_g2@62  21.67
    RHS_V     ramp_g3@62  34.93
    RHS_V     ramp_g4@62  42.4
    RHS_V     ramp_g5@62  35.34
    RHS_V     ramp_g7@62  22.14
    RHS_V     ramp_g8@62  19.55
    RHS_V     ramp_g9@62  25.36
    RHS_V     ramp_g10@62  18.46
    RHS_V     reserve@62  187.89
    RHS_V     mustrun@62  42.17
    RHS_V     bal_b0@63  74.54
    RHS_V     bal_b1@63  157.4
    RHS_V     bal_b2@63  188.11
    RHS_V     bal_b3@63  189.49
    RHS_V     bal_b4@63  156.7
    RHS_V     bal_b5@63  80.81
    RHS_V     ramp_g0@63  6.56
    RHS_V     ramp_g2@63  21.67
    RHS_V     ramp_g3@63  34.93
    RHS_V     ramp_g4@63  42.4
    RHS_V     ramp_g5@63  35.34
    RHS_V     ramp_g7@63  22.14
    RHS_V     ramp_g8@63  19.55
    RHS_V     ramp_g9@63  25.36
    RHS_V     ramp_g10@63  18.46
    RHS_V     reserve@63  193.03
    RHS_V     mustrun@63  42.17
    RHS_V     bal_b0@64  82.5
    RHS_V     bal_b1@64  145
    RHS_V     bal_b2@64  194.58
    RHS_V     bal_b3@64  195.29
    RHS_V     bal_b4@64  148.37
    RHS_V     bal_b5@64  88.62
    RHS_V     ramp_g0@64  6.56
    RHS_V     ramp_g2@64  21.67
    RHS_V     ramp_g3@64  34.93
    RHS_V     ramp_g4@64  42.4
    RHS_V     ramp_g5@64  35.34
    RHS_V     ramp_g7@64  22.14
    RHS_V     ramp_g8@64  19.55
    RHS_V     ramp_g9@64  25.36
    RHS_V     ramp_g10@64  18.46
    RHS_V     reserve@64  199.52
    RHS_V     mustrun@64  42.17
    RHS_V     bal_b0@65  74.02
    RHS_V     bal_b1@65  134.19
    RHS_V     bal_b2@65  168.25
    RHS_V     bal_b3@65  186.57
    RHS_V     bal_b4@65  126.23
    RHS_V     bal_b5@65  75.28
    RHS_V     ramp_g0@65  6.56
    RHS_V     ramp_g2@65  21.67
    RHS_V     ramp_g3@65  34.93
    RHS_V     ramp_g4@65  42.4
    RHS_V     ramp_g5@65  35.34
    RHS_V     ramp_g7@65  22.14
    RHS_V     ramp_g8@65  19.55
    RHS_V     ramp_g9@65  25.36
    RHS_V     ramp_g10@65  18.46
    RHS_V     reserve@65  197
    RHS_V     mustrun@65  42.17
    RHS_V     bal_b0@66  80.94
    RHS_V     bal_b1@66  138.08
    RHS_V     bal_b2@66  148.94
    RHS_V     bal_b3@66  153.81
    RHS_V     bal_b4@66  132.43
    RHS_V     bal_b5@66  69.52
    RHS_V     ramp_g0@66  6.56
    RHS_V     ramp_g2@66  21.67
    RHS_V     ramp_g3@66  34.93
    RHS_V     ramp_g4@66  42.4
    RHS_V     ramp_g5@66  35.34
    RHS_V     ramp_g7@66  22.14
    RHS_V     ramp_g8@66  19.55
    RHS_V     ramp_g9@66  25.36
    RHS_V     ramp_g10@66  18.46
    RHS_V     reserve@66  197.48
    RHS_V     mustrun@66  42.17
    RHS_V     bal_b0@67  67.59
    RHS_V     bal_b1@67  116.47
    RHS_V     bal_b2@67  164.98
    RHS_V     bal_b3@67  173.08
    RHS_V     bal_b4@67  125.46
    RHS_V     bal_b5@67  64.81
    RHS_V     ramp_g0@67  6.56
    RHS_V     ramp_g2@67  21.67
    RHS_V     ramp_g3@67  34.93
    RHS_V     ramp_g4@67  42.4
    RHS_V     ramp_g5@67  35.34
    RHS_V     ramp_g7@67  22.14
    RHS_V     ramp_g8@67  19.55
    RHS_V     ramp_g9@67  25.36
    RHS_V     ramp_g10@67  18.46
    RHS_V     reserve@67  186.35
    RHS_V     mustrun@67  42.17
    RHS_V     bal_b0@68  68.33
    RHS_V     bal_b1@68  128.09
    RHS_V     bal_b2@68  143.9
    RHS_V     bal_b3@68  151.38
    RHS_V     bal_b4@68  104.73
    RHS_V     bal_b5@68  72.43
    RHS_V     ramp_g0@68  6.56
    RHS_V     ramp_g2@68  21.67
    RHS_V     ramp_g3@68  34.93
    RHS_V     ramp_g4@68  42.4
    RHS_V     ramp_g5@68  35.34
    RHS_V     ramp_g7@68  22.14
    RHS_V     ramp_g8@68  19.55
    RHS_V     ramp_g9@68  25.36
    RHS_V     ramp_g10@68  18.46
    RHS_V     reserve@68  195.37
    RHS_V     mustrun@68  42.17
    RHS_V     bal_b0@69  62.82
    RHS_V     bal_b1@69  106.08
    RHS_V     bal_b2@69  141.62
    RHS_V     bal_b3@69  143.68
    RHS_V     bal_b4@69  112.27
    RHS_V     bal_b5@69  58.05
    RHS_V     ramp_g0@69  6.56
    RHS_V     ramp_g2@69  21.67
    RHS_V     ramp_g3@69  34.93
    RHS_V     ramp_g4@69  42.4
    RHS_V     ramp_g5@69  35.34
    RHS_V     ramp_g7@69  22.14
    RHS_V     ramp_g8@69  19.55
    RHS_V     ramp_g9@69  25.36
    RHS_V     ramp_g10@69  18.46
    RHS_V     reserve@69  194.7
    RHS_V     mustrun@69  42.17
    RHS_V     bal_b0@70  58.31
    RHS_V     bal_b1@70  93.95
    RHS_V     bal_b2@70  137.23
    RHS_V     bal_b3@70  137.76
    RHS_V     bal_b4@70  104.9
    RHS_V     bal_b5@70  54.77
    RHS_V     ramp_g0@70  6.56
    RHS_V     ramp_g2@70  21.67
    RHS_V     ramp_g3@70  34.93
    RHS_V     ramp_g4@70  42.4
    RHS_V     ramp_g5@70  35.34
    RHS_V     ramp_g7@70  22.14
    RHS_V     ramp_g8@70  19.55
    RHS_V     ramp_g9@70  25.36
    RHS_V     ramp_g10@70  18.46
    RHS_V     reserve@70  199.28
    RHS_V     mustrun@70  42.17
    RHS_V     bal_b0@71  49.15
    RHS_V     bal_b1@71  92.95
    RHS_V     bal_b2@71  128.56
    RHS_V     bal_b3@71  133.63
    RHS_V     bal_b4@71  95.76
    RHS_V     bal_b5@71  52.99
    RHS_V     ramp_g0@71  6.56
    RHS_V     ramp_g2@71  21.67
    RHS_V     ramp_g3@71  34.93
    RHS_V     ramp_g4@71  42.4
    RHS_V     ramp_g5@71  35.34
    RHS_V     ramp_g7@71  22.14
    RHS_V     ramp_g8@71  19.55
    RHS_V     ramp_g9@71  25.36
    RHS_V     ramp_g10@71  18.46
    RHS_V     reserve@71  195.33
    RHS_V     mustrun@71  42.17
    RHS_V     bal_b0@72  54.48
    RHS_V     bal_b1@72  86.7
    RHS_V     bal_b2@72  123.23
    RHS_V     bal_b3@72  126.35
    RHS_V     bal_b4@72  89.34
    RHS_V     bal_b5@72  49.84
    RHS_V     ramp_g0@72  6.56
    RHS_V     ramp_g2@72  21.67
    RHS_V     ramp_g3@72  34.93
    RHS_V     ramp_g4@72  42.4
    RHS_V     ramp_g5@72  35.34
    RHS_V     ramp_g7@72  22.14
    RHS_V     ramp_g8@72  19.55
    RHS_V     ramp_g9@72  25.36
    RHS_V     ramp_g10@72  18.46
    RHS_V     reserve@72  190.15
    RHS_V     mustrun@72  42.17
    RHS_V     bal_b0@73  47.89
    RHS_V     bal_b1@73  82.89
    RHS_V     bal_b2@73  111.96
    RHS_V     bal_b3@73  101.77
    RHS_V     bal_b4@73  90.43
    RHS_V     bal_b5@73  47.52
    RHS_V     ramp_g0@73  6.56
    RHS_V     ramp_g2@73  21.67
    RHS_V     ramp_g3@73  34.93
    RHS_V     ramp_g4@73  42.4
    RHS_V     ramp_g5@73  35.34
    RHS_V     ramp_g7@73  22.14
    RHS_V     ramp_g8@73  19.55
    RHS_V     ramp_g9@73  25.36
    RHS_V     ramp_g10@73  18.46
    RHS_V     reserve@73  187.48
    RHS_V     mustrun@73  42.17
    RHS_V     bal_b0@74  49.5
    RHS_V     bal_b1@74  83.77
    RHS_V     bal_b2@74  108.22
    RHS_V     bal_b3@74  106.95
    RHS_V     bal_b4@74  87.56
    RHS_V     bal_b5@74  47.83
    RHS_V     ramp_g0@74  6.56
    RHS_V     ramp_g2@74  21.67
    RHS_V     ramp_g3@74  34.93
    RHS_V     ramp_g4@74  42.4
    RHS_V     ramp_g5@74  35.34
    RHS_V     ramp_g7@74  22.14
    RHS_V     ramp_g8@74  19.55
    RHS_V     ramp_g9@74  25.36
    RHS_V     ramp_g10@74  18.46
    RHS_V     reserve@74  195.39
    RHS_V     mustrun@74  42.17
    RHS_V     bal_b0@75  53.18
    RHS_V     bal_b1@75  93.06
    RHS_V     bal_b2@75  118.69
    RHS_V     bal_b3@75  120.22
    RHS_V     bal_b4@75  89.58
    RHS_V     bal_b5@75  52.13
    RHS_V     ramp_g0@75  6.56
    RHS_V     ramp_g2@75  21.67
    RHS_V     ramp_g3@75  34.93
    RHS_V     ramp_g4@75  42.4
    RHS_V     ramp_g5@75  35.34
    RHS_V     ramp_g7@75  22.14
    RHS_V     ramp_g8@75  19.55
    RHS_V     ramp_g9@75  25.36
    RHS_V     ramp_g10@75  18.46
    RHS_V     reserve@75  189.3
    RHS_V     mustrun@75  42.17
    RHS_V     bal_b0@76  53.04
    RHS_V     bal_b1@76  90.38
    RHS_V     bal_b2@76  120.31
    RHS_V     bal_b3@76  107.51
    RHS_V     bal_b4@76  90.17
    RHS_V     bal_b5@76  49.81
    RHS_V     ramp_g0@76  6.56
    RHS_V     ramp_g2@76  21.67
    RHS_V     ramp_g3@76  34.93
    RHS_V     ramp_g4@76  42.4
    RHS_V     ramp_g5@76  35.34
    RHS_V     ramp_g7@76  22.14
    RHS_V     ramp_g8@76  19.55
    RHS_V     ramp_g9@76  25.36
    RHS_V     ramp_g10@76  18.46
    RHS_V     reserve@76  198.18
    RHS_V     mustrun@76  42.17
    RHS_V     bal_b0@77  50.93
    RHS_V     bal_b1@77  97.24
    RHS_V     bal_b2@77  121.35
    RHS_V     bal_b3@77  112.91
    RHS_V     bal_b4@77  95.2
    RHS_V     bal_b5@77  53.82
    RHS_V     ramp_g0@77  6.56
    RHS_V     ramp_g2@77  21.67
    RHS_V     ramp_g3@77  34.93
    RHS_V     ramp_g4@77  42.4
    RHS_V     ramp_g5@77  35.34
    RHS_V     ramp_g7@77  22.14
    RHS_V     ramp_g8@77  19.55
    RHS_V     ramp_g9@77  25.36
    RHS_V     ramp_g10@77  18.46
    RHS_V     reserve@77  188.27
    RHS_V     mustrun@77  42.17
    RHS_V     bal_b0@78  62.9
    RHS_V     bal_b1@78  95.07
    RHS_V     bal_b2@78  135.9
    RHS_V     bal_b3@78  120.44
    RHS_V     bal_b4@78  97.6
    RHS_V     bal_b5@78  60.83
    RHS_V     ramp_g0@78  6.56
    RHS_V     ramp_g2@78  21.67
    RHS_V     ramp_g3@78  34.93
    RHS_V     ramp_g4@78  42.4
    RHS_V     ramp_g5@78  35.34
    RHS_V     ramp_g7@78  22.14
    RHS_V     ramp_g8@78  19.55
    RHS_V     ramp_g9@78  25.36
    RHS_V     ramp_g10@78  18.46
    RHS_V     reserve@78  197.59
    RHS_V     mustrun@78  42.17
    RHS_V     bal_b0@79  64.91
    RHS_V     bal_b1@79  112.59
    RHS_V     bal_b2@79  139.42
    RHS_V     bal_b3@79  141.82
    RHS_V     bal_b4@79  103.62
    RHS_V     bal_b5@79  64.67
    RHS_V     ramp_g0@79  6.56
    RHS_V     ramp_g2@79  21.67
    RHS_V     ramp_g3@79  34.93
    RHS_V     ramp_g4@79  42.4
    RHS_V     ramp_g5@79  35.34
    RHS_V     ramp_g7@79  22.14
    RHS_V     ramp_g8@79  19.55
    RHS_V     ramp_g9@79  25.36
    RHS_V     ramp_g10@79  18.46
    RHS_V     reserve@79  185.21
    RHS_V     mustrun@79  42.17
    RHS_V     bal_b0@80  65.69
    RHS_V     bal_b1@80  110.59
    RHS_V     bal_b2@80  145.24
    RHS_V     bal_b3@80  158.02
    RHS_V     bal_b4@80  126.54
    RHS_V     bal_b5@80  64.78
    RHS_V     ramp_g0@80  6.56
    RHS_V     ramp_g2@80  21.67
    RHS_V     ramp_g3@80  34.93
    RHS_V     ramp_g4@80  42.4
    RHS_V     ramp_g5@80  35.34
    RHS_V     ramp_g7@80  22.14
    RHS_V     ramp_g8@80  19.55
    RHS_V     ramp_g9@80  25.36
    RHS_V     ramp_g10@80  18.46
    RHS_V     reserve@80  198.95
    RHS_V     mustrun@80  42.17
    RHS_V     bal_b0@81  73.18
    RHS_V     bal_b1@81  124.44
    RHS_V     bal_b2@81  165.08
    RHS_V     bal_b3@81  168.38
    RHS_V     bal_b4@81  130.99
    RHS_V     bal_b5@81  71.27
    RHS_V     ramp_g0@81  6.56
    RHS_V     ramp_g2@81  21.67
    RHS_V     ramp_g3@81  34.93
    RHS_V     ramp_g4@81  42.4
    RHS_V     ramp_g5@81  35.34
    RHS_V     ramp_g7@81  22.14
    RHS_V     ramp_g8@81  19.55
    RHS_V     ramp_g9@81  25.36
    RHS_V     ramp_g10@81  18.46
    RHS_V     reserve@81  192.01
    RHS_V     mustrun@81  42.17
    RHS_V     bal_b0@82  70.83
    RHS_V     bal_b1@82  123.52
    RHS_V     bal_b2@82  165.23
    RHS_V     bal_b3@82  155.19
    RHS_V     bal_b4@82  127.63
    RHS_V     bal_b5@82  74.04
    RHS_V     ramp_g0@82  6.56
    RHS_V     ramp_g2@82  21.67
    RHS_V     ramp_g3@82  34.93
    RHS_V     ramp_g4@82  42.4
    RHS_V     ramp_g5@82  35.34
    RHS_V     ramp_g7@82  22.14
    RHS_V     ramp_g8@82  19.55
    RHS_V     ramp_g9@82  25.36
    RHS_V     ramp_g10@82  18.46
    RHS_V     reserve@82  193.41
    RHS_V     mustrun@82  42.17
    RHS_V     bal_b0@83  74.69
    RHS_V     bal_b1@83  143.03
    RHS_V     bal_b2@83  183.45
    RHS_V     bal_b3@83  167.83
    RHS_V     bal_b4@83  124.73
    RHS_V     bal_b5@83  79.43
    RHS_V     ramp_g0@83  6.56
    RHS_V     ramp_g2@83  21.67
    RHS_V     ramp_g3@83  34.93
    RHS_V     ramp_g4@83  42.4
    RHS_V     ramp_g5@83  35.34
    RHS_V     ramp_g7@83  22.14
    RHS_V     ramp_g8@83  19.55
    RHS_V     ramp_g9@83  25.36
    RHS_V     ramp_g10@83  18.46
    RHS_V     reserve@83  201.59
    RHS_V     mustrun@83  42.17
    RHS_V     bal_b0@84  78.67
    RHS_V     bal_b1@84  133.14
    RHS_V     bal_b2@84  167.07
    RHS_V     bal_b3@84  194.19
    RHS_V     bal_b4@84  129.65
    RHS_V     bal_b5@84  74.91
    RHS_V     ramp_g0@84  6.56
    RHS_V     ramp_g2@84  21.67
    RHS_V     ramp_g3@84  34.93
    RHS_V     ramp_g4@84  42.4
    RHS_V     ramp_g5@84  35.34
    RHS_V     ramp_g7@84  22.14
    RHS_V     ramp_g8@84  19.55
    RHS_V     ramp_g9@84  25.36
    RHS_V     ramp_g10@84  18.46
    RHS_V     reserve@84  191.66
    RHS_V     mustrun@84  42.17
    RHS_V     bal_b0@85  78.12
    RHS_V     bal_b1@85  134.27
    RHS_V     bal_b2@85  164.9
    RHS_V     bal_b3@85  186
    RHS_V     bal_b4@85  156.09
    RHS_V     bal_b5@85  80.98
    RHS_V     ramp_g0@85  6.56
    RHS_V     ramp_g2@85  21.67
    RHS_V     ramp_g3@85  34.93
    RHS_V     ramp_g4@85  42.4
    RHS_V     ramp_g5@85  35.34
    RHS_V     ramp_g7@85  22.14
    RHS_V     ramp_g8@85  19.55
    RHS_V     ramp_g9@85  25.36
    RHS_V     ramp_g10@85  18.46
    RHS_V     reserve@85  182.03
    RHS_V     mustrun@85  42.17
    RHS_V     bal_b0@86  79.02
    RHS_V     bal_b1@86  143.55
    RHS_V     bal_b2@86  174.11
    RHS_V     bal_b3@86  173.32
    RHS_V     bal_b4@86  137.57
    RHS_V     bal_b5@86  89.59
    RHS_V     ramp_g0@86  6.56
    RHS_V     ramp_g2@86  21.67
    RHS_V     ramp_g3@86  34.93
    RHS_V     ramp_g4@86  42.4
    RHS_V     ramp_g5@86  35.34
    RHS_V     ramp_g7@86  22.14
    RHS_V     ramp_g8@86  19.55
    RHS_V     ramp_g9@86  25.36
    RHS_V     ramp_g10@86  18.46
    RHS_V     reserve@86  191.69
    RHS_V     mustrun@86  42.17
    RHS_V     bal_b0@87  83.99
    RHS_V     bal_b1@87  147.98
    RHS_V     bal_b2@87  178.03
    RHS_V     bal_b3@87  180.96
    RHS_V     bal_b4@87  152.72
    RHS_V     bal_b5@87  76.32
    RHS_V     ramp_g0@87  6.56
    RHS_V     ramp_g2@87  21.67
    RHS_V     ramp_g3@87  34.93
    RHS_V     ramp_g4@87  42.4
    RHS_V     ramp_g5@87  35.34
    RHS_V     ramp_g7@87  22.14
    RHS_V     ramp_g8@87  19.55
    RHS_V     ramp_g9@87  25.36
    RHS_V     ramp_g10@87  18.46
    RHS_V     reserve@87  192.21
    RHS_V     mustrun@87  42.17
    RHS_V     bal_b0@88  79.27
    RHS_V     bal_b1@88  136.87
    RHS_V     bal_b2@88  177.59
    RHS_V     bal_b3@88  196.61
    RHS_V     bal_b4@88  143.96
    RHS_V     bal_b5@88  84.55
    RHS_V     ramp_g0@88  6.56
    RHS_V     ramp_g2@88  21.67
    RHS_V     ramp_g3@88  34.93
    RHS_V     ramp_g4@88  42.4
    RHS_V     ramp_g5@88  35.34
    RHS_V     ramp_g7@88  22.14
    RHS_V     ramp_g8@88  19.55
    RHS_V     ramp_g9@88  25.36
    RHS_V     ramp_g10@88  18.46
    RHS_V     reserve@88  182.47
    RHS_V     mustrun@88  42.17
    RHS_V     bal_b0@89  73.67
    RHS_V     bal_b1@89  131.78
    RHS_V     bal_b2@89  186.37
    RHS_V     bal_b3@89  191.74
    RHS_V     bal_b4@89  131.06
    RHS_V     bal_b5@89  71.16
    RHS_V     ramp_g0@89  6.56
    RHS_V     ramp_g2@89  21.67
    RHS_V     ramp_g3@89  34.93
    RHS_V     ramp_g4@89  42.4
    RHS_V     ramp_g5@89  35.34
    RHS_V     ramp_g7@89  22.14
    RHS_V     ramp_g8@89  19.55
    RHS_V     ramp_g9@89  25.36
    RHS_V     ramp_g10@89  18.46
    RHS_V     reserve@89  183.99
    RHS_V     mustrun@89  42.17
    RHS_V     bal_b0@90  75.48
    RHS_V     bal_b1@90  123.03
    RHS_V     bal_b2@90  150.08
    RHS_V     bal_b3@90  177.95
    RHS_V     bal_b4@90  134.16
    RHS_V     bal_b5@90  67.54
    RHS_V     ramp_g0@90  6.56
    RHS_V     ramp_g2@90  21.67
    RHS_V     ramp_g3@90  34.93
    RHS_V     ramp_g4@90  42.4
    RHS_V     ramp_g5@90  35.34
    RHS_V     ramp_g7@90  22.14
    RHS_V     ramp_g8@90  19.55
    RHS_V     ramp_g9@90  25.36
    RHS_V     ramp_g10@90  18.46
    RHS_V     reserve@90  196.35
    RHS_V     mustrun@90  42.17
    RHS_V     bal_b0@91  68.38
    RHS_V     bal_b1@91  129.78
    RHS_V     bal_b2@91  147.53
    RHS_V     bal_b3@91  153.61
    RHS_V     bal_b4@91  125.93
    RHS_V     bal_b5@91  63.64
    RHS_V     ramp_g0@91  6.56
    RHS_V     ramp_g2@91  21.67
    RHS_V     ramp_g3@91  34.93
    RHS_V     ramp_g4@91  42.4
    RHS_V     ramp_g5@91  35.34
    RHS_V     ramp_g7@91  22.14
    RHS_V     ramp_g8@91  19.55
    RHS_V     ramp_g9@91  25.36
    RHS_V     ramp_g10@91  18.46
    RHS_V     reserve@91  200.17
    RHS_V     mustrun@91  42.17
    RHS_V     bal_b0@92  65.18
    RHS_V     bal_b1@92  112.67
    RHS_V     bal_b2@92  152.64
    RHS_V     bal_b3@92  147.83
    RHS_V     bal_b4@92  126.47
    RHS_V     bal_b5@92  63.95
    RHS_V     ramp_g0@92  6.56
    RHS_V     ramp_g2@92  21.67
    RHS_V     ramp_g3@92  34.93
    RHS_V     ramp_g4@92  42.4
    RHS_V     ramp_g5@92  35.34
    RHS_V     ramp_g7@92  22.14
    RHS_V     ramp_g8@92  19.55
    RHS_V     ramp_g9@92  25.36
    RHS_V     ramp_g10@92  18.46
    RHS_V     reserve@92  186.2
    RHS_V     mustrun@92  42.17
    RHS_V     bal_b0@93  63.67
    RHS_V     bal_b1@93  104.57
    RHS_V     bal_b2@93  148.34
    RHS_V     bal_b3@93  132.11
    RHS_V     bal_b4@93  98.33
    RHS_V     bal_b5@93  62.92
    RHS_V     ramp_g0@93  6.56
    RHS_V     ramp_g2@93  21.67
    RHS_V     ramp_g3@93  34.93
    RHS_V     ramp_g4@93  42.4
    RHS_V     ramp_g5@93  35.34
    RHS_V     ramp_g7@93  22.14
    RHS_V     ramp_g8@93  19.55
    RHS_V     ramp_g9@93  25.36
    RHS_V     ramp_g10@93  18.46
    RHS_V     reserve@93  191.31
    RHS_V     mustrun@93  42.17
    RHS_V     bal_b0@94  58.77
    RHS_V     bal_b1@94  95.93
    RHS_V     bal_b2@94  120.37
    RHS_V     bal_b3@94  137.42
    RHS_V     bal_b4@94  103.58
    RHS_V     bal_b5@94  58.38
    RHS_V     ramp_g0@94  6.56
    RHS_V     ramp_g2@94  21.67
    RHS_V     ramp_g3@94  34.93
    RHS_V     ramp_g4@94  42.4
    RHS_V     ramp_g5@94  35.34
    RHS_V     ramp_g7@94  22.14
    RHS_V     ramp_g8@94  19.55
    RHS_V     ramp_g9@94  25.36
    RHS_V     ramp_g10@94  18.46
    RHS_V     reserve@94  195.71
    RHS_V     mustrun@94  42.17
    RHS_V     bal_b0@95  59.16
    RHS_V     bal_b1@95  90.98
    RHS_V     bal_b2@95  110.83
    RHS_V     bal_b3@95  125.46
    RHS_V     bal_b4@95  86.57
    RHS_V     bal_b5@95  49.65
    RHS_V     ramp_g0@95  6.56
    RHS_V     ramp_g2@95  21.67
    RHS_V     ramp_g3@95  34.93
    RHS_V     ramp_g4@95  42.4
    RHS_V     ramp_g5@95  35.34
    RHS_V     ramp_g7@95  22.14
    RHS_V     ramp_g8@95  19.55
    RHS_V     ramp_g9@95  25.36
    RHS_V     ramp_g10@95  18.46
    RHS_V     reserve@95  195.06
    RHS_V     mustrun@95  42.17
RANGES
    RANGE     ramp_g0@1  13.12
    RANGE     ramp_g2@1  43.34
    RANGE     ramp_g3@1  69.86
    RANGE     ramp_g4@1  84.8
    RANGE     ramp_g5@1  70.68
    RANGE     ramp_g7@1  44.28
    RANGE     ramp_g8@1  39.1
    RANGE     ramp_g9@1  50.72
    RANGE     ramp_g10@1  36.92
    RANGE     ramp_g0@2  13.12
    RANGE     ramp_g2@2  43.34
    RANGE     ramp_g3@2  69.86
    RANGE     ramp_g4@2  84.8
    RANGE     ramp_g5@2  70.68
    RANGE     ramp_g7@2  44.28
    RANGE     ramp_g8@2  39.1
    RANGE     ramp_g9@2  50.72
    RANGE     ramp_g10@2  36.92
    RANGE     ramp_g0@3  13.12
    RANGE     ramp_g2@3  43.34
    RANGE     ramp_g3@3  69.86
    RANGE     ramp_g4@3  84.8
    RANGE     ramp_g5@3  70.68
    RANGE     ramp_g7@3  44.28
    RANGE     ramp_g8@3  39.1
    RANGE     ramp_g9@3  50.72
    RANGE     ramp_g10@3  36.92
    RANGE     ramp_g0@4  13.12
    RANGE     ramp_g2@4  43.34
    RANGE     ramp_g3@4  69.86
    RANGE     ramp_g4@4  84.8
    RANGE     ramp_g5@4  70.68
    RANGE     ramp_g7@4  44.28
    RANGE     ramp_g8@4  39.1
    RANGE     ramp_g9@4  50.72
    RANGE     ramp_g10@4  36.92
    RANGE     ramp_g0@5  13.12
    RANGE     ramp_g2@5  43.34
    RANGE     ramp_g3@5  69.86
    RANGE     ramp_g4@5  84.8
    RANGE     ramp_g5@5  70.68
    RANGE     ramp_g7@5  44.28
    RANGE     ramp_g8@5  39.1
    RANGE     ramp_g9@5  50.72
    RANGE     ramp_g10@5  36.92
    RANGE     ramp_g0@6  13.12
    RANGE     ramp_g2@6  43.34
    RANGE     ramp_g3@6  69.86
    RANGE     ramp_g4@6  84.8
    RANGE     ramp_g5@6  70.68
    RANGE     ramp_g7@6  44.28
    RANGE     ramp_g8@6  39.1
    RANGE     ramp_g9@6  50.72
    RANGE     ramp_g10@6  36.92
    RANGE     ramp_g0@7  13.12
    RANGE     ramp_g2@7  43.34
    RANGE     ramp_g3@7  69.86
    RANGE     ramp_g4@7  84.8
    RANGE     ramp_g5@7  70.68
    RANGE     ramp_g7@7  44.28
    RANGE     ramp_g8@7  39.1
    RANGE     ramp_g9@7  50.72
    RANGE     ramp_g10@7  36.92
    RANGE     ramp_g0@8  13.12
    RANGE     ramp_g2@8  43.34
    RANGE     ramp_g3@8  69.86
    RANGE     ramp_g4@8  84.8
    RANGE     ramp_g5@8  70.68
    RANGE     ramp_g7@8  44.28
    RANGE     ramp_g8@8  39.1
    RANGE     ramp_g9@8  50.72
    RANGE     ramp_g10@8  36.92
    RANGE     ramp_g0@9  13.12
    RANGE     ramp_g2@9  43.34
    RANGE     ramp_g3@9  69.86
    RANGE     ramp_g4@9  84.8
    RANGE     ramp_g5@9  70.68
    RANGE     ramp_g7@9  44.28
    RANGE     ramp_g8@9  39.1
    RANGE     ramp_g9@9  50.72
    RANGE     ramp_g10@9  36.92
    RANGE     ramp_g0@10  13.12
    RANGE     ramp_g2@10  43.34
    RANGE     ramp_g3@10  69.86
    RANGE     ramp_g4@10  84.8
    RANGE     ramp_g5@10  70.68
    RANGE     ramp_g7@10  44.28
    RANGE     ramp_g8@10  39.1
    RANGE     ramp_g9@10  50.72
    RANGE     ramp_g10@10  36.92
    RANGE     ramp_g0@11  13.12
    RANGE     ramp_g2@11  43.34
    RANGE     ramp_g3@11  69.86
    RANGE     ramp_g4@11  84.8
    RANGE     ramp_g5@11  70.68
    RANGE     ramp_g7@11  44.28
    RANGE     ramp_g8@11  39.1
    RANGE     ramp_g9@11  50.72
    RANGE     ramp_g10@11  36.92
    RANGE     ramp_g0@12  13.12
    RANGE     ramp_g2@12  43.34
    RANGE     ramp_g3@12  69.86
    RANGE     ramp_g4@12  84.8
    RANGE     ramp_g5@12  70.68
    RANGE     ramp_g7@12  44.28
    RANGE     ramp_g8@12  39.1
    RANGE     ramp_g9@12  50.72
    RANGE     ramp_g10@12  36.92
    RANGE     ramp_g0@13  13.12
    RANGE     ramp_g2@13  43.34
    RANGE     ramp_g3@13  69.86
    RANGE     ramp_g4@13  84.8
    RANGE     ramp_g5@13  70.68
    RANGE     ramp_g7@13  44.28
    RANGE     ramp_g8@13  39.1
    RANGE     ramp_g9@13  50.72
    RANGE     ramp_g10@13  36.92
    RANGE     ramp_g0@14  13.12
    RANGE     ramp_g2@14  43.34
    RANGE     ramp_g3@14  69.86
    RANGE     ramp_g4@14  84.8
    RANGE     ramp_g5@14  70.68
    RANGE     ramp_g7@14  44.28
    RANGE     ramp_g8@14  39.1
    RANGE     ramp_g9@14  50.72
    RANGE     ramp_g10@14  36.92
    RANGE     ramp_g0@15  13.12
    RANGE     ramp_g2@15  43.34
    RANGE     ramp_g3@15  69.86
    RANGE     ramp_g4@15  84.8
    RANGE     ramp_g5@15  70.68
    RANGE     ramp_g7@15  44.28
    RANGE     ramp_g8@15  39.1
    RANGE     ramp_g9@15  50.72
    RANGE     ramp_g10@15  36.92
    RANGE     ramp_g0@16  13.12
    RANGE     ramp_g2@16  43.34
    RANGE     ramp_g3@16  69.86
    RANGE     ramp_g4@16  84.8
    RANGE     ramp_g5@16  70.68
    RANGE     ramp_g7@16  44.28
    RANGE     ramp_g8@16  39.1
    RANGE     ramp_g9@16  50.72
    RANGE     ramp_g10@16  36.92
    RANGE     ramp_g0@17  13.12
    RANGE     ramp_g2@17  43.34
    RANGE     ramp_g3@17  69.86
    RANGE     ramp_g4@17  84.8
    RANGE     ramp_g5@17  70.68
    RANGE     ramp_g7@17  44.28
    RANGE     ramp_g8@17  39.1
    RANGE     ramp_g9@17  50.72
    RANGE     ramp_g10@17  36.92
    RANGE     ramp_g0@18  13.12
    RANGE     ramp_g2@18  43.34
    RANGE     ramp_g3@18  69.86
    RANGE     ramp_g4@18  84.8
    RANGE     ramp_g5@18  70.68
    RANGE     ramp_g7@18  44.28
    RANGE     ramp_g8@18  39.1
    RANGE     ramp_g9@18  50.72
    RANGE     ramp_g10@18  36.92
    RANGE     ramp_g0@19  13.12
    RANGE     ramp_g2@19  43.34
    RANGE     ramp_g3@19  69.86
    RANGE     ramp_g4@19  84.8
    RANGE     ramp_g5@19  70.68
    RANGE     ramp_g7@19  44.28
    RANGE     ramp_g8@19  39.1
    RANGE     ramp_g9@19  50.72
    RANGE     ramp_g10@19  36.92
    RANGE     ramp_g0@20  13.12
    RANGE     ramp_g2@20  43.34
    RANGE     ramp_g3@20  69.86
    RANGE     ramp_g4@20  84.8
    RANGE     ramp_g5@20  70.68
    RANGE     ramp_g7@20  44.28
    RANGE     ramp_g8@20  39.1
    RANGE     ramp_g9@20  50.72
    RANGE     ramp_g10@20  36.92
    RANGE     ramp_g0@21  13.12
    RANGE     ramp_g2@21  43.34
    RANGE     ramp_g3@21  69.86
    RANGE     ramp_g4@21  84.8
    RANGE     ramp_g5@21  70.68
    RANGE     ramp_g7@21  44.28
    RANGE     ramp_g8@21  39.1
    RANGE     ramp_g9@21  50.72
    RANGE     ramp_g10@21  36.92
    RANGE     ramp_g0@22  13.12
    RANGE     ramp_g2@22  43.34
    RANGE     ramp_g3@22  69.86
    RANGE     ramp_g4@22  84.8
    RANGE     ramp_g5@22  70.68
    RANGE     ramp_g7@22  44.28
    RANGE     ramp_g8@22  39.1
    RANGE     ramp_g9@22  50.72
    RANGE     ramp_g10@22  36.92
    RANGE     ramp_g0@23  13.12
    RANGE     ramp_g2@23  43.34
    RANGE     ramp_g3@23  69.86
    RANGE     ramp_g4@23  84.8
    RANGE     ramp_g5@23  70.68
    RANGE     ramp_g7@23  44.28
    RANGE     ramp_g8@23  39.1
    RANGE     ramp_g9@23  50.72
    RANGE     ramp_g10@23  36.92
    RANGE     ramp_g0@24  13.12
    RANGE     ramp_g2@24  43.34
    RANGE     ramp_g3@24  69.86
    RANGE     ramp_g4@24  84.8
    RANGE     ramp_g5@24  70.68
    RANGE     ramp_g7@24  44.28
    RANGE     ramp_g8@24  39.1
    RANGE     ramp_g9@24  50.72
    RANGE     ramp_g10@24  36.92
    RANGE     ramp_g0@25  13.12
    RANGE     ramp_g2@25  43.34
    RANGE     ramp_g3@25  69.86
    RANGE     ramp_g4@25  84.8
    RANGE     ramp_g5@25  70.68
    RANGE     ramp_g7@25  44.28
    RANGE     ramp_g8@25  39.1
    RANGE     ramp_g9@25  50.72
    RANGE     ramp_g10@25  36.92
    RANGE     ramp_g0@26  13.12
    RANGE     ramp_g2@26  43.34
    RANGE     ramp_g3@26  69.86
    RANGE     ramp_g4@26  84.8
    RANGE     ramp_g5@26  70.68
    RANGE     ramp_g7@26  44.28
    RANGE     ramp_g8@26  39.1
    RANGE     ramp_g9@26  50.72
    RANGE     ramp_g10@26  36.92
    RANGE     ramp_g0@27  13.12
    RANGE     ramp_g2@27  43.34
    RANGE     ramp_g3@27  69.86
    RANGE     ramp_g4@27  84.8
    RANGE     ramp_g5@27  70.68
    RANGE     ramp_g7@27  44.28
    RANGE     ramp_g8@27  39.1
    RANGE     ramp_g9@27  50.72
    RANGE     ramp_g10@27  36.92
    RANGE     ramp_g0@28  13.12
    RANGE     ramp_g2@28  43.34
    RANGE     ramp_g3@28  69.86
    RANGE     ramp_g4@28  84.8
    RANGE     ramp_g5@28  70.68
    RANGE     ramp_g7@28  44.28
    RANGE     ramp_g8@28  39.1
    RANGE     ramp_g9@28  50.72
    RANGE     ramp_g10@28  36.92
    RANGE     ramp_g0@29  13.12
    RANGE     ramp_g2@29  43.34
    RANGE     ramp_g3@29  69.86
    RANGE     ramp_g4@29  84.8
    RANGE     ramp_g5@29  70.68
    RANGE     ramp_g7@29  44.28
    RANGE     ramp_g8@29  39.1
    RANGE     ramp_g9@29  50.72
    RANGE     ramp_g10@29  36.92
    RANGE     ramp_g0@30  13.12
    RANGE     ramp_g2@30  43.34
    RANGE     ramp_g3@30  69.86
    RANGE     ramp_g4@30  84.8
    RANGE     ramp_g5@30  70.68
    RANGE     ramp_g7@30  44.28
    RANGE     ramp_g8@30  39.1
    RANGE     ramp_g9@30  50.72
    RANGE     ramp_g10@30  36.92
    RANGE     ramp_g0@31  13.12
    RANGE     ramp_g2@31  43.34
    RANGE     ramp_g3@31  69.86
    RANGE     ramp_g4@31  84.8
    RANGE     ramp_g5@31  70.68
    RANGE     ramp_g7@31  44.28
    RANGE     ramp_g8@31  39.1
    RANGE     ramp_g9@31  50.72
    RANGE     ramp_g10@31  36.92
    RANGE     ramp_g0@32  13.12
    RANGE     ramp_g2@32  43.34
    RANGE     ramp_g3@32  69.86
    RANGE     ramp_g4@32  84.8
    RANGE     ramp_g5@32  70.68
    RANGE     ramp_g7@32  44.28
    RANGE     ramp_g8@32  39.1
    RANGE     ramp_g9@32  50.72
    RANGE     ramp_g10@32  36.92
    RANGE     ramp_g0@33  13.12
    RANGE     ramp_g2@33  43.34
    RANGE     ramp_g3@33  69.86
    RANGE     ramp_g4@33  84.8
    RANGE     ramp_g5@33  70.68
    RANGE     ramp_g7@33  44.28
    RANGE     ramp_g8@33  39.1
    RANGE     ramp_g9@33  50.72
    RANGE     ramp_g10@33  36.92
    RANGE     ramp_g0@34  13.12
    RANGE     ramp_g2@34  43.34
    RANGE     ramp_g3@34  69.86
    RANGE     ramp_g4@34  84.8
    RANGE     ramp_g5@34  70.68
    RANGE     ramp_g7@34  44.28
    RANGE     ramp_g8@34  39.1
    RANGE     ramp_g9@34  50.72
    RANGE     ramp_g10@34  36.92
    RANGE     ramp_g0@35  13.12
    RANGE     ramp_g2@35  43.34
    RANGE     ramp_g3@35  69.86
    RANGE     ramp_g4@35  84.8
    RANGE     ramp_g5@35  70.68
    RANGE     ramp_g7@35  44.28
    RANGE     ramp_g8@35  39.1
    RANGE     ramp_g9@35  50.72
    RANGE     ramp_g10@35  36.92
    RANGE     ramp_g0@36  13.12
    RANGE     ramp_g2@36  43.34
    RANGE     ramp_g3@36  69.86
    RANGE     ramp_g4@36  84.8
    RANGE     ramp_g5@36  70.68
    RANGE     ramp_g7@36  44.28
    RANGE     ramp_g8@36  39.1
    RANGE     ramp_g9@36  50.72
    RANGE     ramp_g10@36  36.92
    RANGE     ramp_g0@37  13.12
    RANGE     ramp_g2@37  43.34
    RANGE     ramp_g3@37  69.86
    RANGE     ramp_g4@37  84.8
    RANGE     ramp_g5@37  70.68
    RANGE     ramp_g7@37  44.28
    RANGE     ramp_g8@37  39.1
    RANGE     ramp_g9@37  50.72
    RANGE     ramp_g10@37  36.92
    RANGE     ramp_g0@38  13.12
    RANGE     ramp_g2@38  43.34
    RANGE     ramp_g3@38  69.86
    RANGE     ramp_g4@38  84.8
    RANGE     ramp_g5@38  70.68
    RANGE     ramp_g7@38  44.28
    RANGE     ramp_g8@38  39.1
    RANGE     ramp_g9@38  50.72
    RANGE     ramp_g10@38  36.92
    RANGE     ramp_g0@39  13.12
    RANGE     ramp_g2@39  43.34
    RANGE     ramp_g3@39  69.86
    RANGE     ramp_g4@39  84.8
    RANGE     ramp_g5@39  70.68
    RANGE     ramp_g7@39  44.28
    RANGE     ramp_g8@39  39.1
    RANGE     ramp_g9@39  50.72
    RANGE     ramp_g10@39  36.92
    RANGE     ramp_g0@40  13.12
    RANGE     ramp_g2@40  43.34
    RANGE     ramp_g3@40  69.86
    RANGE     ramp_g4@40  84.8
    RANGE     ramp_g5@40  70.68
    RANGE     ramp_g7@40  44.28
    RANGE     ramp_g8@40  39.1
    RANGE     ramp_g9@40  50.72
    RANGE     ramp_g10@40  36.92
    RANGE     ramp_g0@41  13.12
    RANGE     ramp_g2@41  43.34
    RANGE     ramp_g3@41  69.86
    RANGE     ramp_g4@41  84.8
    RANGE     ramp_g5@41  70.68
    RANGE     ramp_g7@41  44.28
    RANGE     ramp_g8@41  39.1
    RANGE     ramp_g9@41  50.72
    RANGE     ramp_g10@41  36.92
    RANGE     ramp_g0@42  13.12
    RANGE     ramp_g2@42  43.34
    RANGE     ramp_g3@42  69.86
    RANGE     ramp_g4@42  84.8
    RANGE     ramp_g5@42  70.68
    RANGE     ramp_g7@42  44.28
    RANGE     ramp_g8@42  39.1
    RANGE     ramp_g9@42  50.72
    RANGE     ramp_g10@42  36.92
    RANGE     ramp_g0@43  13.12
    RANGE     ramp_g2@43  43.34
    RANGE     ramp_g3@43  69.86
    RANGE     ramp_g4@43  84.8
    RANGE     ramp_g5@43  70.68
    RANGE     ramp_g7@43  44.28
    RANGE     ramp_g8@43  39.1
    RANGE     ramp_g9@43  50.72
    RANGE     ramp_g10@43  36.92
    RANGE     ramp_g0@44  13.12
    RANGE     ramp_g2@44  43.34
    RANGE     ramp_g3@44  69.86
    RANGE     ramp_g4@44  84.8
    RANGE     ramp_g5@44  70.68
    RANGE     ramp_g7@44  44.28
    RANGE     ramp_g8@44  39.1
    RANGE     ramp_g9@44  50.72
    RANGE     ramp_g10@44  36.92
    RANGE     ramp_g0@45  13.12
    RANGE     ramp_g2@45  43.34
    RANGE     ramp_g3@45  69.86
    RANGE     ramp_g4@45  84.8
    RANGE     ramp_g5@45  70.68
    RANGE     ramp_g7@45  44.28
    RANGE     ramp_g8@45  39.1
    RANGE     ramp_g9@45  50.72
    RANGE     ramp_g10@45  36.92
    RANGE     ramp_g0@46  13.12
    RANGE     ramp_g2@46  43.34
    RANGE     ramp_g3@46  69.86
    RANGE     ramp_g4@46  84.8
    RANGE     ramp_g5@46  70.68
    RANGE     ramp_g7@46  44.28
    RANGE     ramp_g8@46  39.1
    RANGE     ramp_g9@46  50.72
    RANGE     ramp_g10@46  36.92
    RANGE     ramp_g0@47  13.12
    RANGE     ramp_g2@47  43.34
    RANGE     ramp_g3@47  69.86
    RANGE     ramp_g4@47  84.8
    RANGE     ramp_g5@47  70.68
    RANGE     ramp_g7@47  44.28
    RANGE     ramp_g8@47  39.1
    RANGE     ramp_g9@47  50.72
    RANGE     ramp_g10@47  36.92
    RANGE     ramp_g0@48  13.12
    RANGE     ramp_g2@48  43.34
    RANGE     ramp_g3@48  69.86
    RANGE     ramp_g4@48  84.8
    RANGE     ramp_g5@48  70.68
    RANGE     ramp_g7@48  44.28
    RANGE     ramp_g8@48  39.1
    RANGE     ramp_g9@48  50.72
    RANGE     ramp_g10@48  36.92
    RANGE     ramp_g0@49  13.12
    RANGE     ramp_g2@49  43.34
    RANGE     ramp_g3@49  69.86
    RANGE     ramp_g4@49  84.8
    RANGE     ramp_g5@49  70.68
    RANGE     ramp_g7@49  44.28
    RANGE     ramp_g8@49  39.1
    RANGE     ramp_g9@49  50.72
    RANGE     ramp_g10@49  36.92
    RANGE     ramp_g0@50  13.12
    RANGE     ramp_g2@50  43.34
    RANGE     ramp_g3@50  69.86
    RANGE     ramp_g4@50  84.8
    RANGE     ramp_g5@50  70.68
    RANGE     ramp_g7@50  44.28
    RANGE     ramp_g8@50  39.1
    RANGE     ramp_g9@50  50.72
    RANGE     ramp_g10@50  36.92
    RANGE     ramp_g0@51  13.12
    RANGE     ramp_g2@51  43.34
    RANGE     ramp_g3@51  69.86
    RANGE     ramp_g4@51  84.8
    RANGE     ramp_g5@51  70.68
    RANGE     ramp_g7@51  44.28
    RANGE     ramp_g8@51  39.1
    RANGE     ramp_g9@51  50.72
    RANGE     ramp_g10@51  36.92
    RANGE     ramp_g0@52  13.12
    RANGE     ramp_g2@52  43.34
    RANGE     ramp_g3@52  69.86
    RANGE     ramp_g4@52  84.8
    RANGE     ramp_g5@52  70.68
    RANGE     ramp_g7@52  44.28
    RANGE     ramp_g8@52  39.1
    RANGE     ramp_g9@52  50.72
    RANGE     ramp_g10@52  36.92
    RANGE     ramp_g0@53  13.12
    RANGE     ramp_g2@53  43.34
    RANGE     ramp_g3@53  69.86
    RANGE     ramp_g4@53  84.8
    RANGE     ramp_g5@53  70.68
    RANGE     ramp_g7@53  44.28
    RANGE     ramp_g8@53  39.1
    RANGE     ramp_g9@53  50.72
    RANGE     ramp_g10@53  36.92
    RANGE     ramp_g0@54  13.12
    RANGE     ramp_g2@54  43.34
    RANGE     ramp_g3@54  69.86
    RANGE     ramp_g4@54  84.8
    RANGE     ramp_g5@54  70.68
    RANGE     ramp_g7@54  44.28
    RANGE     ramp_g8@54  39.1
    RANGE     ramp_g9@54  50.72
    RANGE     ramp_g10@54  36.92
    RANGE     ramp_g0@55  13.12
    RANGE     ramp_g2@55  43.34
    RANGE     ramp_g3@55  69.86
    RANGE     ramp_g4@55  84.8
    RANGE     ramp_g5@55  70.68
    RANGE     ramp_g7@55  44.28
    RANGE     ramp_g8@55  39.1
    RANGE     ramp_g9@55  50.72
    RANGE     ramp_g10@55  36.92
    RANGE     ramp_g0@56  13.12
    RANGE     ramp_g2@56  43.34
    RANGE     ramp_g3@56  69.86
    RANGE     ramp_g4@56  84.8
    RANGE     ramp_g5@56  70.68
    RANGE     ramp_g7@56  44.28
    RANGE     ramp_g8@56  39.1
    RANGE     ramp_g9@56  50.72
    RANGE     ramp_g10@56  36.92
    RANGE     ramp_g0@57  13.12
    RANGE     ramp_g2@57  43.34
    RANGE     ramp_g3@57  69.86
    RANGE     ramp_g4@57  84.8
    RANGE     ramp_g5@57  70.68
    RANGE     ramp_g7@57  44.28
    RANGE     ramp_g8@57  39.1
    RANGE     ramp_g9@57  50.72
    RANGE     ramp_g10@57  36.92
    RANGE     ramp_g0@58  13.12
    RANGE     ramp_g2@58  43.34
    RANGE     ramp_g3@58  69.86
    RANGE     ramp_g4@58  84.8
    RANGE     ramp_g5@58  70.68
    RANGE     ramp_g7@58  44.28
    RANGE     ramp_g8@58  39.1
    RANGE     ramp_g9@58  50.72
    RANGE     ramp_g10@58  36.92
    RANGE     ramp_g0@59  13.12
    RANGE     ramp_g2@59  43.34
    RANGE     ramp_g3@59  69.86
    RANGE     ramp_g4@59  84.8
    RANGE     ramp_g5@59  70.68
    RANGE     ramp_g7@59  44.28
    RANGE     ramp_g8@59  39.1
    RANGE     ramp_g9@59  50.72
    RANGE     ramp_g10@59  36.92
    RANGE     ramp_g0@60  13.12
    RANGE     ramp_g2@60  43.34
    RANGE     ramp_g3@60  69.86
    RANGE     ramp_g4@60  84.8
    RANGE     ramp_g5@60  70.68
    RANGE     ramp_g7@60  44.28
    RANGE     ramp_g8@60  39.1
    RANGE     ramp_g9@60  50.72
    RANGE     ramp_g10@60  36.92
    RANGE     ramp_g0@61  13.12
    RANGE     ramp_g2@61  43.34
    RANGE     ramp_g3@61  69.86
    RANGE     ramp_g4@61  84.8
    RANGE     ramp_g5@61  70.68
    RANGE     ramp_g7@61  44.28
    RANGE     ramp_g8@61  39.1
    RANGE     ramp_g9@61  50.72
    RANGE     ramp_g10@61  36.92
    RANGE     ramp_g0@62  13.12
    RANGE     ramp_g2@62  43.34
    RANGE     ramp_g3@62  69.86
    RANGE     ramp_g4@62  84.8
    RANGE     ramp_g5@62  70.68
    RANGE     ramp_g7@62  44.28
    RANGE     ramp_g8@62  39.1
    RANGE     ramp_g9@62  50.72
    RANGE     ramp_g10@62  36.92
    RANGE     ramp_g0@63  13.12
    RANGE     ramp_g2@63  43.34
    RANGE     ramp_g3@63  69.86
    RANGE     ramp_g4@63  84.8
    RANGE     ramp_g5@63  70.68
    RANGE     ramp_g7@63  44.28
    RANGE     ramp_g8@63  39.1
    RANGE     ramp_g9@63  50.72
    RANGE     ramp_g10@63  36.92
    RANGE     ramp_g0@64  13.12
    RANGE     ramp_g2@64  43.34
    RANGE     ramp_g3@64  69.86
    RANGE     ramp_g4@64  84.8
    RANGE     ramp_g5@64  70.68
    RANGE     ramp_g7@64  44.28
    RANGE     ramp_g8@64  39.1
    RANGE     ramp_g9@64  50.72
    RANGE     ramp_g10@64  36.92
    RANGE     ramp_g0@65  13.12
    RANGE     ramp_g2@65  43.34
    RANGE     ramp_g3@65  69.86
    RANGE     ramp_g4@65  84.8
    RANGE     ramp_g5@65  70.68
    RANGE     ramp_g7@65  44.28
    RANGE     ramp_g8@65  39.1
    RANGE     ramp_g9@65  50.72
    RANGE     ramp_g10@65  36.92
    RANGE     ramp_g0@66  13.12
    RANGE     ramp_g2@66  43.34
    RANGE     ramp_g3@66  69.86
    RANGE     ramp_g4@66  84.8
    RANGE     ramp_g5@66  70.68
    RANGE     ramp_g7@66  44.28
    RANGE     ramp_g8@66  39.1
    RANGE     ramp_g9@66  50.72
    RANGE     ramp_g10@66  36.92
    RANGE     ramp_g0@67  13.12
    RANGE     ramp_g2@67  43.34
    RANGE     ramp_g3@67  69.86
    RANGE     ramp_g4@67  84.8
    RANGE     ramp_g5@67  70.68
    RANGE     ramp_g7@67  44.28
    RANGE     ramp_g8@67  39.1
    RANGE     ramp_g9@67  50.72
    RANGE     ramp_g10@67  36.92
    RANGE     ramp_g0@68  13.12
    RANGE     ramp_g2@68  43.34
    RANGE     ramp_g3@68  69.86
    RANGE     ramp_g4@68  84.8
    RANGE     ramp_g5@68  70.68
    RANGE     ramp_g7@68  44.28
    RANGE     ramp_g8@68  39.1
    RANGE     ramp_g9@68  50.72
    RANGE     ramp_g10@68  36.92
    RANGE     ramp_g0@69  13.12
    RANGE     ramp_g2@69  43.34
    RANGE     ramp_g3@69  69.86
    RANGE     ramp_g4@69  84.8
    RANGE     ramp_g5@69  70.68
    RANGE     ramp_g7@69  44.28
    RANGE     ramp_g8@69  39.1
    RANGE     ramp_g9@69  50.72
    RANGE     ramp_g10@69  36.92
    RANGE     ramp_g0@70  13.12
    RANGE     ramp_g2@70  43.34
    RANGE     ramp_g3@70  69.86
    RANGE     ramp_g4@70  84.8
    RANGE     ramp_g5@70  70.68
    RANGE     ramp_g7@70  44.28
    RANGE     ramp_g8@70  39.1
    RANGE     ramp_g9@70  50.72
    RANGE     ramp_g10@70  36.92
    RANGE     ramp_g0@71  13.12
    RANGE     ramp_g2@71  43.34
    RANGE     ramp_g3@71  69.86
    RANGE     ramp_g4@71  84.8
    RANGE     ramp_g5@71  70.68
    RANGE     ramp_g7@71  44.28
    RANGE     ramp_g8@71  39.1
    RANGE     ramp_g9@71  50.72
    RANGE     ramp_g10@71  36.92
    RANGE     ramp_g0@72  13.12
    RANGE     ramp_g2@72  43.34
    RANGE     ramp_g3@72  69.86
    RANGE     ramp_g4@72  84.8
    RANGE     ramp_g5@72  70.68
    RANGE     ramp_g7@72  44.28
    RANGE     ramp_g8@72  39.1
    RANGE     ramp_g9@72  50.72
    RANGE     ramp_g10@72  36.92
    RANGE     ramp_g0@73  13.12
    RANGE     ramp_g2@73  43.34
    RANGE     ramp_g3@73  69.86
    RANGE     ramp_g4@73  84.8
    RANGE     ramp_g5@73  70.68
    RANGE     ramp_g7@73  44.28
    RANGE     ramp_g8@73  39.1
    RANGE     ramp_g9@73  50.72
    RANGE     ramp_g10@73  36.92
    RANGE     ramp_g0@74  13.12
    RANGE     ramp_g2@74  43.34
    RANGE     ramp_g3@74  69.86
    RANGE     ramp_g4@74  84.8
    RANGE     ramp_g5@74  70.68
    RANGE     ramp_g7@74  44.28
    RANGE     ramp_g8@74  39.1
    RANGE     ramp_g9@74  50.72
    RANGE     ramp_g10@74  36.92
    RANGE     ramp_g0@75  13.12
    RANGE     ramp_g2@75  43.34
    RANGE     ramp_g3@75  69.86
    RANGE     ramp_g4@75  84.8
    RANGE     ramp_g5@75  70.68
    RANGE     ramp_g7@75  44.28
    RANGE     ramp_g8@75  39.1
    RANGE     ramp_g9@75  50.72
    RANGE     ramp_g10@75  36.92
    RANGE     ramp_g0@76  13.12
    RANGE     ramp_g2@76  43.34
    RANGE     ramp_g3@76  69.86
    RANGE     ramp_g4@76  84.8
    RANGE     ramp_g5@76  70.68
    RANGE     ramp_g7@76  44.28
    RANGE     ramp_g8@76  39.1
    RANGE     ramp_g9@76  50.72
    RANGE     ramp_g10@76  36.92
    RANGE     ramp_g0@77  13.12
    RANGE     ramp_g2@77  43.34
    RANGE     ramp_g3@77  69.86
    RANGE     ramp_g4@77  84.8
    RANGE     ramp_g5@77  70.68
    RANGE     ramp_g7@77  44.28
    RANGE     ramp_g8@77  39.1
    RANGE     ramp_g9@77  50.72
    RANGE     ramp_g10@77  36.92
    RANGE     ramp_g0@78  13.12
    RANGE     ramp_g2@78  43.34
    RANGE     ramp_g3@78  69.86
    RANGE     ramp_g4@78  84.8
    RANGE     ramp_g5@78  70.68
    RANGE     ramp_g7@78  44.28
    RANGE     ramp_g8@78  39.1
    RANGE     ramp_g9@78  50.72
    RANGE     ramp_g10@78  36.92
    RANGE     ramp_g0@79  13.12
    RANGE     ramp_g2@79  43.34
    RANGE     ramp_g3@79  69.86
    RANGE     ramp_g4@79  84.8
    RANGE     ramp_g5@79  70.68
    RANGE     ramp_g7@79  44.28
    RANGE     ramp_g8@79  39.1
    RANGE     ramp_g9@79  50.72
    RANGE     ramp_g10@79  36.92
    RANGE     ramp_g0@80  13.12
    RANGE     ramp_g2@80  43.34
    RANGE     ramp_g3@80  69.86
    RANGE     ramp_g4@80  84.8
    RANGE     ramp_g5@80  70.68
    RANGE     ramp_g7@80  44.28
    RANGE     ramp_g8@80  39.1
    RANGE     ramp_g9@80  50.72
    RANGE     ramp_g10@80  36.92
    RANGE     ramp_g0@81  13.12
    RANGE     ramp_g2@81  43.34
    RANGE     ramp_g3@81  69.86
    RANGE     ramp_g4@81  84.8
    RANGE     ramp_g5@81  70.68
    RANGE     ramp_g7@81  44.28
    RANGE     ramp_g8@81  39.1
    RANGE     ramp_g9@81  50.72
    RANGE     ramp_g10@81  36.92
    RANGE     ramp_g0@82  13.12
    RANGE     ramp_g2@82  43.34
    RANGE     ramp_g3@82  69.86
    RANGE     ramp_g4@82  84.8
    RANGE     ramp_g5@82  70.68
    RANGE     ramp_g7@82  44.28
    RANGE     ramp_g8@82  39.1
    RANGE     ramp_g9@82  50.72
    RANGE     ramp_g10@82  36.92
    RANGE     ramp_g0@83  13.12
    RANGE     ramp_g2@83  43.34
    RANGE     ramp_g3@83  69.86
    RANGE     ramp_g4@83  84.8
    RANGE     ramp_g5@83  70.68
    RANGE     ramp_g7@83  44.28
    RANGE     ramp_g8@83  39.1
    RANGE     ramp_g9@83  50.72
    RANGE     ramp_g10@83  36.92
    RANGE     ramp_g0@84  13.12
    RANGE     ramp_g2@84  43.34
    RANGE     ramp_g3@84  69.86
    RANGE     ramp_g4@84  84.8
    RANGE     ramp_g5@84  70.68
    RANGE     ramp_g7@84  44.28
    RANGE     ramp_g8@84  39.1
    RANGE     ramp_g9@84  50.72
    RANGE     ramp_g10@84  36.92
    RANGE     ramp_g0@85  13.12
    RANGE     ramp_g2@85  43.34
    RANGE     ramp_g3@85  69.86
    RANGE     ramp_g4@85  84.8
    RANGE     ramp_g5@85  70.68
    RANGE     ramp_g7@85  44.28
    RANGE     ramp_g8@85  39.1
    RANGE     ramp_g9@85  50.72
    RANGE     ramp_g10@85  36.92
    RANGE     ramp_g0@86  13.12
    RANGE     ramp_g2@86  43.34
    RANGE     ramp_g3@86  69.86
    RANGE     ramp_g4@86  84.8
    RANGE     ramp_g5@86  70.68
    RANGE     ramp_g7@86  44.28
    RANGE     ramp_g8@86  39.1
    RANGE     ramp_g9@86  50.72
    RANGE     ramp_g10@86  36.92
    RANGE     ramp_g0@87  13.12
    RANGE     ramp_g2@87  43.34
    RANGE     ramp_g3@87  69.86
    RANGE     ramp_g4@87  84.8
    RANGE     ramp_g5@87  70.68
    RANGE     ramp_g7@87  44.28
    RANGE     ramp_g8@87  39.1
    RANGE     ramp_g9@87  50.72
    RANGE     ramp_g10@87  36.92
    RANGE     ramp_g0@88  13.12
    RANGE     ramp_g2@88  43.34
    RANGE     ramp_g3@88  69.86
    RANGE     ramp_g4@88  84.8
    RANGE     ramp_g5@88  70.68
    RANGE     ramp_g7@88  44.28
    RANGE     ramp_g8@88  39.1
    RANGE     ramp_g9@88  50.72
    RANGE     ramp_g10@88  36.92
    RANGE     ramp_g0@89  13.12
    RANGE     ramp_g2@89  43.34
    RANGE     ramp_g3@89  69.86
    RANGE     ramp_g4@89  84.8
    RANGE     ramp_g5@89  70.68
    RANGE     ramp_g7@89  44.28
    RANGE     ramp_g8@89  39.1
    RANGE     ramp_g9@89  50.72
    RANGE     ramp_g10@89  36.92
    RANGE     ramp_g0@90  13.12
    RANGE     ramp_g2@90  43.34
    RANGE     ramp_g3@90  69.86
    RANGE     ramp_g4@90  84.8
    RANGE     ramp_g5@90  70.68
    RANGE     ramp_g7@90  44.28
    RANGE     ramp_g8@90  39.1
    RANGE     ramp_g9@90  50.72
    RANGE     ramp_g10@90  36.92
    RANGE     ramp_g0@91  13.12
    RANGE     ramp_g2@91  43.34
    RANGE     ramp_g3@91  69.86
    RANGE     ramp_g4@91  84.8
    RANGE     ramp_g5@91  70.68
    RANGE     ramp_g7@91  44.28
    RANGE     ramp_g8@91  39.1
    RANGE     ramp_g9@91  50.72
    RANGE     ramp_g10@91  36.92
    RANGE     ramp_g0@92  13.12
    RANGE     ramp_g2@92  43.34
    RANGE     ramp_g3@92  69.86
    RANGE     ramp_g4@92  84.8
    RANGE     ramp_g5@92  70.68
    RANGE     ramp_g7@92  44.28
    RANGE     ramp_g8@92  39.1
    RANGE     ramp_g9@92  50.72
    RANGE     ramp_g10@92  36.92
    RANGE     ramp_g0@93  13.12
    RANGE     ramp_g2@93  43.34
    RANGE     ramp_g3@93  69.86
    RANGE     ramp_g4@93  84.8
    RANGE     ramp_g5@93  70.68
    RANGE     ramp_g7@93  44.28
    RANGE     ramp_g8@93  39.1
    RANGE     ramp_g9@93  50.72
    RANGE     ramp_g10@93  36.92
    RANGE     ramp_g0@94  13.12
    RANGE     ramp_g2@94  43.34
    RANGE     ramp_g3@94  69.86
    RANGE     ramp_g4@94  84.8
    RANGE     ramp_g5@94  70.68
    RANGE     ramp_g7@94  44.28
    RANGE     ramp_g8@94  39.1
    RANGE     ramp_g9@94  50.72
    RANGE     ramp_g10@94  36.92
    RANGE     ramp_g0@95  13.12
    RANGE     ramp_g2@95  43.34
    RANGE     ramp_g3@95  69.86
    RANGE     ramp_g4@95  84.8
    RANGE     ramp_g5@95  70.68
    RANGE     ramp_g7@95  44.28
    RANGE     ramp_g8@95  39.1
    RANGE     ramp_g9@95  50.72
    RANGE     ramp_g10@95  36.92
BOUNDS
 UP BOUND     p_g0@0    34.24
 FX BOUND     p_g1@0    5.46
 LO BOUND     p_g2@0    19.62
 UP BOUND     p_g2@0    87.85
 UP BOUND     p_g3@0    96.07
 UP BOUND     p_g4@0    123.82
 UP BOUND     p_g5@0    77.14
 FX BOUND     p_g6@0    12.29
 LO BOUND     p_g7@0    19.37
 UP BOUND     p_g7@0    86.51
 UP BOUND     p_g8@0    86.85
 UP BOUND     p_g9@0    100.09
 UP BOUND     p_g10@0   52.21
 FX BOUND     p_g11@0   3.47
 MI BOUND     imp@0   
 UP BOUND     imp@0     19.91
 FR BOUND     f_l0@0  
 LO BOUND     f_l1@0    -109.97
 UP BOUND     f_l1@0    109.97
 LO BOUND     f_l2@0    -108.32
 UP BOUND     f_l2@0    108.32
 LO BOUND     f_l3@0    -43.54
 UP BOUND     f_l3@0    43.54
 LO BOUND     f_l4@0    -104.19
 UP BOUND     f_l4@0    104.19
 LO BOUND     f_l5@0    -54.78
 UP BOUND     f_l5@0    54.78
 LO BOUND     f_l6@0    -95.65
 UP BOUND     f_l6@0    95.65
 UP BOUND     ch_s0@0   54.66
 UP BOUND     dis_s0@0  54.66
 UP BOUND     soc_s0@0  218.64
 UP BOUND     ch_s1@0   62.77
 UP BOUND     dis_s1@0  62.77
 UP BOUND     soc_s1@0  251.06
 UP BOUND     ch_s2@0   54.03
 UP BOUND     dis_s2@0  54.03
 UP BOUND     soc_s2@0  216.13
 UP BOUND     p_g0@1    35.36
 FX BOUND     p_g1@1    4.69
 LO BOUND     p_g2@1    19.62
 UP BOUND     p_g2@1    80.14
 UP BOUND     p_g3@1    108.02
 UP BOUND     p_g4@1    134.76
 UP BOUND     p_g5@1    68.96
 FX BOUND     p_g6@1    8.97
 LO BOUND     p_g7@1    19.37
 UP BOUND     p_g7@1    83.89
 UP BOUND     p_g8@1    78.24
 UP BOUND     p_g9@1    102.2
 UP BOUND     p_g10@1   51.76
 FX BOUND     p_g11@1   2.43
 MI BOUND     imp@1   
 UP BOUND     imp@1     19.91
 FR BOUND     f_l0@1  
 LO BOUND     f_l1@1    -109.97
 UP BOUND     f_l1@1    109.97
 LO BOUND     f_l2@1    -108.32
 UP BOUND     f_l2@1    108.32
 LO BOUND     f_l3@1    -43.54
 UP BOUND     f_l3@1    43.54
 LO BOUND     f_l4@1    -104.19
 UP BOUND     f_l4@1    104.19
 LO BOUND     f_l5@1    -54.78
 UP BOUND     f_l5@1    54.78
 LO BOUND     f_l6@1    -95.65
 UP BOUND     f_l6@1    95.65
 UP BOUND     ch_s0@1   54.66
 UP BOUND     dis_s0@1  54.66
 UP BOUND     soc_s0@1  218.64
 UP BOUND     ch_s1@1   62.77
 UP BOUND     dis_s1@1  62.77
 UP BOUND     soc_s1@1  251.06
 UP BOUND     ch_s2@1   54.03
 UP BOUND     dis_s2@1  54.03
 UP BOUND     soc_s2@1  216.13
 UP BOUND     p_g0@2    35.67
 FX BOUND     p_g1@2    3.82
 LO BOUND     p_g2@2    19.62
 UP BOUND     p_g2@2    81.07
 UP BOUND     p_g3@2    94.56
 UP BOUND     p_g4@2    137.97
 UP BOUND     p_g5@2    71.15
 FX BOUND     p_g6@2    7.33
 LO BOUND     p_g7@2    19.37
 UP BOUND     p_g7@2    85.98
 UP BOUND     p_g8@2    85.18
 UP BOUND     p_g9@2    103.99
 UP BOUND     p_g10@2   51.88
 FX BOUND     p_g11@2   3.63
 MI BOUND     imp@2   
 UP BOUND     imp@2     19.91
 FR BOUND     f_l0@2  
 LO BOUND     f_l1@2    -109.97
 UP BOUND     f_l1@2    109.97
 LO BOUND     f_l2@2    -108.32
 UP BOUND     f_l2@2    108.32
 LO BOUND     f_l3@2    -43.54
 UP BOUND     f_l3@2    43.54
 LO BOUND     f_l4@2    -104.19
 UP BOUND     f_l4@2    104.19
 LO BOUND     f_l5@2    -54.78
 UP BOUND     f_l5@2    54.78
 LO BOUND     f_l6@2    -95.65
 UP BOUND     f_l6@2    95.65
 UP BOUND     ch_s0@2   54.66
 UP BOUND     dis_s0@2  54.66
 UP BOUND     soc_s0@2  218.64
 UP BOUND     ch_s1@2   62.77
 UP BOUND     dis_s1@2  62.77
 UP BOUND     soc_s1@2  251.06
 UP BOUND     ch_s2@2   54.03
 UP BOUND     dis_s2@2  54.03
 UP BOUND     soc_s2@2  216.13
 UP BOUND     p_g0@3    35.55
 FX BOUND     p_g1@3    5.48
 LO BOUND     p_g2@3    19.62
 UP BOUND     p_g2@3    90.71
 UP BOUND     p_g3@3    96.88
 UP BOUND     p_g4@3    134.19
 UP BOUND     p_g5@3    69.73
 FX BOUND     p_g6@3    8.02
 LO BOUND     p_g7@3    19.37
 UP BOUND     p_g7@3    79.33
 UP BOUND     p_g8@3    81.07
 UP BOUND     p_g9@3    101.24
 UP BOUND     p_g10@3   46.81
 FX BOUND     p_g11@3   4.21
 MI BOUND     imp@3   
 UP BOUND     imp@3     19.91
 FR BOUND     f_l0@3  
 LO BOUND     f_l1@3    -109.97
 UP BOUND     f_l1@3    109.97
 LO BOUND     f_l2@3    -108.32
 UP BOUND     f_l2@3    108.32
 LO BOUND     f_l3@3    -43.54
 UP BOUND     f_l3@3    43.54
 LO BOUND     f_l4@3    -104.19
 UP BOUND     f_l4@3    104.19
 LO BOUND     f_l5@3    -54.78
 UP BOUND     f_l5@3    54.78
 LO BOUND     f_l6@3    -95.65
 UP BOUND     f_l6@3    95.65
 UP BOUND     ch_s0@3   54.66
 UP BOUND     dis_s0@3  54.66
 UP BOUND     soc_s0@3  218.64
 UP BOUND     ch_s1@3   62.77
 UP BOUND     dis_s1@3  62.77
 UP BOUND     soc_s1@3  251.06
 UP BOUND     ch_s2@3   54.03
 UP BOUND     dis_s2@3  54.03
 UP BOUND     soc_s2@3  216.13
 UP BOUND     p_g0@4    33.92
 FX BOUND     p_g1@4    5.13
 LO BOUND     p_g2@4    19.62
 UP BOUND     p_g2@4    78.81
 UP BOUND     p_g3@4    104.47
 UP BOUND     p_g4@4    122.19
 UP BOUND     p_g5@4    71.89
 FX BOUND     p_g6@4    9.65
 LO BOUND     p_g7@4    19.37
 UP BOUND     p_g7@4    85.01
 UP BOUND     p_g8@4    88.03
 UP BOUND     p_g9@4    101.44
 UP BOUND     p_g10@4   50.41
 FX BOUND     p_g11@4   3.27
 MI BOUND     imp@4   
 UP BOUND     imp@4     19.91
 FR BOUND     f_l0@4  
 LO BOUND     f_l1@4    -109.97
 UP BOUND     f_l1@4    109.97
 LO BOUND     f_l2@4    -108.32
 UP BOUND     f_l2@4    108.32
 LO BOUND     f_l3@4    -43.54
 UP BOUND     f_l3@4    43.54
 LO BOUND     f_l4@4    -104.19
 UP BOUND     f_l4@4    104.19
 LO BOUND     f_l5@4    -54.78
 UP BOUND     f_l5@4    54.78
 LO BOUND     f_l6@4    -95.65
 UP BOUND     f_l6@4    95.65
 UP BOUND     ch_s0@4   54.66
 UP BOUND     dis_s0@4  54.66
 UP BOUND     soc_s0@4  218.64
 UP BOUND     ch_s1@4   62.77
 UP BOUND     dis_s1@4  62.77
 UP BOUND     soc_s1@4  251.06
 UP BOUND     ch_s2@4   54.03
 UP BOUND     dis_s2@4  54.03
 UP BOUND     soc_s2@4  216.13
 UP BOUND     p_g0@5    34.42
 FX BOUND     p_g1@5    5.43
 LO BOUND     p_g2@5    19.62
 UP BOUND     p_g2@5    89.56
 UP BOUND     p_g3@5    103.8
 UP BOUND     p_g4@5    137.51
 UP BOUND     p_g5@5    72.12
 FX BOUND     p_g6@5    12.35
 LO BOUND     p_g7@5    19.37
 UP BOUND     p_g7@5    86.28
 UP BOUND     p_g8@5    87.55
 UP BOUND     p_g9@5    109.15
 UP BOUND     p_g10@5   52.11
 FX BOUND     p_g11@5   2.77
 MI BOUND     imp@5   
 UP BOUND     imp@5     19.91
 FR BOUND     f_l0@5  
 LO BOUND     f_l1@5    -109.97
 UP BOUND     f_l1@5    109.97
 LO BOUND     f_l2@5    -108.32
 UP BOUND     f_l2@5    108.32
 LO BOUND     f_l3@5    -43.54
 UP BOUND     f_l3@5    43.54
 LO BOUND     f_l4@5    -104.19
 UP BOUND     f_l4@5    104.19
 LO BOUND     f_l5@5    -54.78
 UP BOUND     f_l5@5    54.78
 LO BOUND     f_l6@5    -95.65
 UP BOUND     f_l6@5    95.65
 UP BOUND     ch_s0@5   54.66
 UP BOUND     dis_s0@5  54.66
 UP BOUND     soc_s0@5  218.64
 UP BOUND     ch_s1@5   62.77
 UP BOUND     dis_s1@5  62.77
 UP BOUND     soc_s1@5  251.06
 UP BOUND     ch_s2@5   54.03
 UP BOUND     dis_s2@5  54.03
 UP BOUND     soc_s2@5  216.13
 UP BOUND     p_g0@6    32.05
 FX BOUND     p_g1@6    5.16
 LO BOUND     p_g2@6    19.62
 UP BOUND     p_g2@6    84.27
 UP BOUND     p_g3@6    106.89
 UP BOUND     p_g4@6    143.02
 UP BOUND     p_g5@6    71.77
 FX BOUND     p_g6@6    9.74
 LO BOUND     p_g7@6    19.37
 UP BOUND     p_g7@6    86.15
 UP BOUND     p_g8@6    77.66
 UP BOUND     p_g9@6    104.55
 UP BOUND     p_g10@6   47.1
 FX BOUND     p_g11@6   2.72
 MI BOUND     imp@6   
 UP BOUND     imp@6     19.91
 FR BOUND     f_l0@6  
 LO BOUND     f_l1@6    -109.97
 UP BOUND     f_l1@6    109.97
 LO BOUND     f_l2@6    -108.32
 UP BOUND     f_l2@6    108.32
 LO BOUND     f_l3@6    -43.54
 UP BOUND     f_l3@6    43.54
 LO BOUND     f_l4@6    -104.19
 UP BOUND     f_l4@6    104.19
 LO BOUND     f_l5@6    -54.78
 UP BOUND     f_l5@6    54.78
 LO BOUND     f_l6@6    -95.65
 UP BOUND     f_l6@6    95.65
 UP BOUND     ch_s0@6   54.66
 UP BOUND     dis_s0@6  54.66
 UP BOUND     soc_s0@6  218.64
 UP BOUND     ch_s1@6   62.77
 UP BOUND     dis_s1@6  62.77
 UP BOUND     soc_s1@6  251.06
 UP BOUND     ch_s2@6   54.03
 UP BOUND     dis_s2@6  54.03
 UP BOUND     soc_s2@6  216.13
 UP BOUND     p_g0@7    34.97
 FX BOUND     p_g1@7    3.05
 LO BOUND     p_g2@7    19.62
 UP BOUND     p_g2@7    90.48
 UP BOUND     p_g3@7    106
 UP BOUND     p_g4@7    137.15
 UP BOUND     p_g5@7    76.23
 FX BOUND     p_g6@7    7.02
 LO BOUND     p_g7@7    19.37
 UP BOUND     p_g7@7    82.63
 UP BOUND     p_g8@7    79.91
 UP BOUND     p_g9@7    101.86
 UP BOUND     p_g10@7   49.07
 FX BOUND     p_g11@7   2.79
 MI BOUND     imp@7   
 UP BOUND     imp@7     19.91
 FR BOUND     f_l0@7  
 LO BOUND     f_l1@7    -109.97
 UP BOUND     f_l1@7    109.97
 LO BOUND     f_l2@7    -108.32
 UP BOUND     f_l2@7    108.32
 LO BOUND     f_l3@7    -43.54
 UP BOUND     f_l3@7    43.54
 LO BOUND     f_l4@7    -104.19
 UP BOUND     f_l4@7    104.19
 LO BOUND     f_l5@7    -54.78
 UP BOUND     f_l5@7    54.78
 LO BOUND     f_l6@7    -95.65
 UP BOUND     f_l6@7    95.65
 UP BOUND     ch_s0@7   54.66
 UP BOUND     dis_s0@7  54.66
 UP BOUND     soc_s0@7  218.64
 UP BOUND     ch_s1@7   62.77
 UP BOUND     dis_s1@7  62.77
 UP BOUND     soc_s1@7  251.06
 UP BOUND     ch_s2@7   54.03
 UP BOUND     dis_s2@7  54.03
 UP BOUND     soc_s2@7  216.13
 UP BOUND     p_g0@8    37.23
 FX BOUND     p_g1@8    3.59
 LO BOUND     p_g2@8    19.62
 UP BOUND     p_g2@8    82.45
 UP BOUND     p_g3@8    99.71
 UP BOUND     p_g4@8    130.97
 UP BOUND     p_g5@8    76.06
 FX BOUND     p_g6@8    7.02
 LO BOUND     p_g7@8    19.37
 UP BOUND     p_g7@8    82.24
 UP BOUND     p_g8@8    79.97
 UP BOUND     p_g9@8    101.54
 UP BOUND     p_g10@8   51.91
 FX BOUND     p_g11@8   3.69
 MI BOUND     imp@8   
 UP BOUND     imp@8     19.91
 FR BOUND     f_l0@8  
 LO BOUND     f_l1@8    -109.97
 UP BOUND     f_l1@8    109.97
 LO BOUND     f_l2@8    -108.32
 UP BOUND     f_l2@8    108.32
 LO BOUND     f_l3@8    -43.54
 UP BOUND     f_l3@8    43.54
 LO BOUND     f_l4@8    -104.19
 UP BOUND     f_l4@8    104.19
 LO BOUND     f_l5@8    -54.78
 UP BOUND     f_l5@8    54.78
 LO BOUND     f_l6@8    -95.65
 UP BOUND     f_l6@8    95.65
 UP BOUND     ch_s0@8   54.66
 UP BOUND     dis_s0@8  54.66
 UP BOUND     soc_s0@8  218.64
 UP BOUND     ch_s1@8   62.77
 UP BOUND     dis_s1@8  62.77
 UP BOUND     soc_s1@8  251.06
 UP BOUND     ch_s2@8   54.03
 UP BOUND     dis_s2@8  54.03
 UP BOUND     soc_s2@8  216.13
 UP BOUND     p_g0@9    35.58
 FX BOUND     p_g1@9    3.98
 LO BOUND     p_g2@9    19.62
 UP BOUND     p_g2@9    78.92
 UP BOUND     p_g3@9    104.02
 UP BOUND     p_g4@9    130.44
 UP BOUND     p_g5@9    70.77
 FX BOUND     p_g6@9    7.25
 LO BOUND     p_g7@9    19.37
 UP BOUND     p_g7@9    89.61
 UP BOUND     p_g8@9    84.62
 UP BOUND     p_g9@9    99.45
 UP BOUND     p_g10@9   51.76
 FX BOUND     p_g11@9   4.42
 MI BOUND     imp@9   
 UP BOUND     imp@9     19.91
 FR BOUND     f_l0@9  
 LO BOUND     f_l1@9    -109.97
 UP BOUND     f_l1@9    109.97
 LO BOUND     f_l2@9    -108.32
 UP BOUND     f_l2@9    108.32
 LO BOUND     f_l3@9    -43.54
 UP BOUND     f_l3@9    43.54
 LO BOUND     f_l4@9    -104.19
 UP BOUND     f_l4@9    104.19
 LO BOUND     f_l5@9    -54.78
 UP BOUND     f_l5@9    54.78
 LO BOUND     f_l6@9    -95.65
 UP BOUND     f_l6@9    95.65
 UP BOUND     ch_s0@9   54.66
 UP BOUND     dis_s0@9  54.66
 UP BOUND     soc_s0@9  218.64
 UP BOUND     ch_s1@9   62.77
 UP BOUND     dis_s1@9  62.77
 UP BOUND     soc_s1@9  251.06
 UP BOUND     ch_s2@9   54.03
 UP BOUND     dis_s2@9  54.03
 UP BOUND     soc_s2@9  216.13
 UP BOUND     p_g0@10   36.09
 FX BOUND     p_g1@10   4.37
 LO BOUND     p_g2@10   19.62
 UP BOUND     p_g2@10   84.01
 UP BOUND     p_g3@10   105.38
 UP BOUND     p_g4@10   122.15
 UP BOUND     p_g5@10   79.84
 FX BOUND     p_g6@10   7.34
 LO BOUND     p_g7@10   19.37
 UP BOUND     p_g7@10   85.58
 UP BOUND     p_g8@10   81.11
 UP BOUND     p_g9@10   103.2
 UP BOUND     p_g10@10  49.39
 FX BOUND     p_g11@10  3.35
 MI BOUND     imp@10  
 UP BOUND     imp@10    19.91
 FR BOUND     f_l0@10 
 LO BOUND     f_l1@10   -109.97
 UP BOUND     f_l1@10   109.97
 LO BOUND     f_l2@10   -108.32
 UP BOUND     f_l2@10   108.32
 LO BOUND     f_l3@10   -43.54
 UP BOUND     f_l3@10   43.54
 LO BOUND     f_l4@10   -104.19
 UP BOUND     f_l4@10   104.19
 LO BOUND     f_l5@10   -54.78
 UP BOUND     f_l5@10   54.78
 LO BOUND     f_l6@10   -95.65
 UP BOUND     f_l6@10   95.65
 UP BOUND     ch_s0@10  54.66
 UP BOUND     dis_s0@10  54.66
 UP BOUND     soc_s0@10  218.64
 UP BOUND     ch_s1@10  62.77
 UP BOUND     dis_s1@10  62.77
 UP BOUND     soc_s1@10  251.06
 UP BOUND     ch_s2@10  54.03
 UP BOUND     dis_s2@10  54.03
 UP BOUND     soc_s2@10  216.13
 UP BOUND     p_g0@11   34.1
 FX BOUND     p_g1@11   3.87
 LO BOUND     p_g2@11   19.62
 UP BOUND     p_g2@11   81.83
 UP BOUND     p_g3@11   99.48
 UP BOUND     p_g4@11   137.73
 UP BOUND     p_g5@11   79.12
 FX BOUND     p_g6@11   8.76
 LO BOUND     p_g7@11   19.37
 UP BOUND     p_g7@11   78.74
 UP BOUND     p_g8@11   84.15
 UP BOUND     p_g9@11   110.48
 UP BOUND     p_g10@11  51.43
 FX BOUND     p_g11@11  4.71
 MI BOUND     imp@11  
 UP BOUND     imp@11    19.91
 FR BOUND     f_l0@11 
 LO BOUND     f_l1@11   -109.97
 UP BOUND     f_l1@11   109.97
 LO BOUND     f_l2@11   -108.32
 UP BOUND     f_l2@11   108.32
 LO BOUND     f_l3@11   -43.54
 UP BOUND     f_l3@11   43.54
 LO BOUND     f_l4@11   -104.19
 UP BOUND     f_l4@11   104.19
 LO BOUND     f_l5@11   -54.78
 UP BOUND     f_l5@11   54.78
 LO BOUND     f_l6@11   -95.65
 UP BOUND     f_l6@11   95.65
 UP BOUND     ch_s0@11  54.66
 UP BOUND     dis_s0@11  54.66
 UP BOUND     soc_s0@11  218.64
 UP BOUND     ch_s1@11  62.77
 UP BOUND     dis_s1@11  62.77
 UP BOUND     soc_s1@11  251.06
 UP BOUND     ch_s2@11  54.03
 UP BOUND     dis_s2@11  54.03
 UP BOUND     soc_s2@11  216.13
 UP BOUND     p_g0@12   32.12
 FX BOUND     p_g1@12   5.53
 LO BOUND     p_g2@12   19.62
 UP BOUND     p_g2@12   86.73
 UP BOUND     p_g3@12   107.15
 UP BOUND     p_g4@12   132.59
 UP BOUND     p_g5@12   72.76
 FX BOUND     p_g6@12   9.53
 LO BOUND     p_g7@12   19.37
 UP BOUND     p_g7@12   89.21
 UP BOUND     p_g8@12   80.31
 UP BOUND     p_g9@12   96.52
 UP BOUND     p_g10@12  50.6
 FX BOUND     p_g11@12  3.56
 MI BOUND     imp@12  
 UP BOUND     imp@12    19.91
 FR BOUND     f_l0@12 
 LO BOUND     f_l1@12   -109.97
 UP BOUND     f_l1@12   109.97
 LO BOUND     f_l2@12   -108.32
 UP BOUND     f_l2@12   108.32
 LO BOUND     f_l3@12   -43.54
 UP BOUND     f_l3@12   43.54
 LO BOUND     f_l4@12   -104.19
 UP BOUND     f_l4@12   104.19
 LO BOUND     f_l5@12   -54.78
 UP BOUND     f_l5@12   54.78
 LO BOUND     f_l6@12   -95.65
 UP BOUND     f_l6@12   95.65
 UP BOUND     ch_s0@12  54.66
 UP BOUND     dis_s0@12  54.66
 UP BOUND     soc_s0@12  218.64
 UP BOUND     ch_s1@12  62.77
 UP BOUND     dis_s1@12  62.77
 UP BOUND     soc_s1@12  251.06
 UP BOUND     ch_s2@12  54.03
 UP BOUND     dis_s2@12  54.03
 UP BOUND     soc_s2@12  216.13
 UP BOUND     p_g0@13   34.77
 FX BOUND     p_g1@13   3.59
 LO BOUND     p_g2@13   19.62
 UP BOUND     p_g2@13   78.67
 UP BOUND     p_g3@13   95.27
 UP BOUND     p_g4@13   142.33
 UP BOUND     p_g5@13   73.7
 FX BOUND     p_g6@13   9.41
 LO BOUND     p_g7@13   19.37
 UP BOUND     p_g7@13   81.75
 UP BOUND     p_g8@13   81.01
 UP BOUND     p_g9@13   103.47
 UP BOUND     p_g10@13  52.28
 FX BOUND     p_g11@13  2.96
 MI BOUND     imp@13  
 UP BOUND     imp@13    19.91
 FR BOUND     f_l0@13 
 LO BOUND     f_l1@13   -109.97
 UP BOUND     f_l1@13   109.97
 LO BOUND     f_l2@13   -108.32
 UP BOUND     f_l2@13   108.32
 LO BOUND     f_l3@13   -43.54
 UP BOUND     f_l3@13   43.54
 LO BOUND     f_l4@13   -104.19
 UP BOUND     f_l4@13   104.19
 LO BOUND     f_l5@13   -54.78
 UP BOUND     f_l5@13   54.78
 LO BOUND     f_l6@13   -95.65
 UP BOUND     f_l6@13   95.65
 UP BOUND     ch_s0@13  54.66
 UP BOUND     dis_s0@13  54.66
 UP BOUND     soc_s0@13  218.64
 UP BOUND     ch_s1@13  62.77
 UP BOUND     dis_s1@13  62.77
 UP BOUND     soc_s1@13  251.06
 UP BOUND     ch_s2@13  54.03
 UP BOUND     dis_s2@13  54.03
 UP BOUND     soc_s2@13  216.13
 UP BOUND     p_g0@14   32.85
 FX BOUND     p_g1@14   4.5
 LO BOUND     p_g2@14   19.62
 UP BOUND     p_g2@14   82.72
 UP BOUND     p_g3@14   93.79
 UP BOUND     p_g4@14   139.63
 UP BOUND     p_g5@14   72.39
 FX BOUND     p_g6@14   9.49
 LO BOUND     p_g7@14   19.37
 UP BOUND     p_g7@14   82.13
 UP BOUND     p_g8@14   85.62
 UP BOUND     p_g9@14   103.56
 UP BOUND     p_g10@14  51.92
 FX BOUND     p_g11@14  3.18
 MI BOUND     imp@14  
 UP BOUND     imp@14    19.91
 FR BOUND     f_l0@14 
 LO BOUND     f_l1@14   -109.97
 UP BOUND     f_l1@14   109.97
 LO BOUND     f_l2@14   -108.32
 UP BOUND     f_l2@14   108.32
 LO BOUND     f_l3@14   -43.54
 UP BOUND     f_l3@14   43.54
 LO BOUND     f_l4@14   -104.19
 UP BOUND     f_l4@14   104.19
 LO BOUND     f_l5@14   -54.78
 UP BOUND     f_l5@14   54.78
 LO BOUND     f_l6@14   -95.65
 UP BOUND     f_l6@14   95.65
 UP BOUND     ch_s0@14  54.66
 UP BOUND     dis_s0@14  54.66
 UP BOUND     soc_s0@14  218.64
 UP BOUND     ch_s1@14  62.77
 UP BOUND     dis_s1@14  62.77
 UP BOUND     soc_s1@14  251.06
 UP BOUND     ch_s2@14  54.03
 UP BOUND     dis_s2@14  54.03
 UP BOUND     soc_s2@14  216.13
 UP BOUND     p_g0@15   35.14
 FX BOUND     p_g1@15   2.94
 LO BOUND     p_g2@15   19.62
 UP BOUND     p_g2@15   90.15
 UP BOUND     p_g3@15   93.5
 UP BOUND     p_g4@15   124.12
 UP BOUND     p_g5@15   68.81
 FX BOUND     p_g6@15   10.54
 LO BOUND     p_g7@15   19.37
 UP BOUND     p_g7@15   78.77
 UP BOUND     p_g8@15   84.44
 UP BOUND     p_g9@15   94.63
 UP BOUND     p_g10@15  47.62
 FX BOUND     p_g11@15  4.77
 MI BOUND     imp@15  
 UP BOUND     imp@15    19.91
 FR BOUND     f_l0@15 
 LO BOUND     f_l1@15   -109.97
 UP BOUND     f_l1@15   109.97
 LO BOUND     f_l2@15   -108.32
 UP BOUND     f_l2@15   108.32
 LO BOUND     f_l3@15   -43.54
 UP BOUND     f_l3@15   43.54
 LO BOUND     f_l4@15   -104.19
 UP BOUND     f_l4@15   104.19
 LO BOUND     f_l5@15   -54.78
 UP BOUND     f_l5@15   54.78
 LO BOUND     f_l6@15   -95.65
 UP BOUND     f_l6@15   95.65
 UP BOUND     ch_s0@15  54.66
 UP BOUND     dis_s0@15  54.66
 UP BOUND     soc_s0@15  218.64
 UP BOUND     ch_s1@15  62.77
 UP BOUND     dis_s1@15  62.77
 UP BOUND     soc_s1@15  251.06
 UP BOUND     ch_s2@15  54.03
 UP BOUND     dis_s2@15  54.03
 UP BOUND     soc_s2@15  216.13
 UP BOUND     p_g0@16   32.77
 FX BOUND     p_g1@16   5.06
 LO BOUND     p_g2@16   19.62
 UP BOUND     p_g2@16   87.18
 UP BOUND     p_g3@16   97.07
 UP BOUND     p_g4@16   133.2
 UP BOUND     p_g5@16   71.51
 FX BOUND     p_g6@16   8.09
 LO BOUND     p_g7@16   19.37
 UP BOUND     p_g7@16   90.34
 UP BOUND     p_g8@16   77.74
 UP BOUND     p_g9@16   102.16
 UP BOUND     p_g10@16  46.13
 FX BOUND     p_g11@16  4.39
 MI BOUND     imp@16  
 UP BOUND     imp@16    19.91
 FR BOUND     f_l0@16 
 LO BOUND     f_l1@16   -109.97
 UP BOUND     f_l1@16   109.97
 LO BOUND     f_l2@16   -108.32
 UP BOUND     f_l2@16   108.32
 LO BOUND     f_l3@16   -43.54
 UP BOUND     f_l3@16   43.54
 LO BOUND     f_l4@16   -104.19
 UP BOUND     f_l4@16   104.19
 LO BOUND     f_l5@16   -54.78
 UP BOUND     f_l5@16   54.78
 LO BOUND     f_l6@16   -95.65
 UP BOUND     f_l6@16   95.65
 UP BOUND     ch_s0@16  54.66
 UP BOUND     dis_s0@16  54.66
 UP BOUND     soc_s0@16  218.64
 UP BOUND     ch_s1@16  62.77
 UP BOUND     dis_s1@16  62.77
 UP BOUND     soc_s1@16  251.06
 UP BOUND     ch_s2@16  54.03
 UP BOUND     dis_s2@16  54.03
 UP BOUND     soc_s2@16  216.13
 UP BOUND     p_g0@17   33.76
 FX BOUND     p_g1@17   4.6
 LO BOUND     p_g2@17   19.62
 UP BOUND     p_g2@17   90.61
 UP BOUND     p_g3@17   100.43
 UP BOUND     p_g4@17   139.57
 UP BOUND     p_g5@17   75.39
 FX BOUND     p_g6@17   11.94
 LO BOUND     p_g7@17   19.37
 UP BOUND     p_g7@17   80.17
 UP BOUND     p_g8@17   80.35
 UP BOUND     p_g9@17   101.17
 UP BOUND     p_g10@17  53.52
 FX BOUND     p_g11@17  3.52
 MI BOUND     imp@17  
 UP BOUND     imp@17    19.91
 FR BOUND     f_l0@17 
 LO BOUND     f_l1@17   -109.97
 UP BOUND     f_l1@17   109.97
 LO BOUND     f_l2@17   -108.32
 UP BOUND     f_l2@17   108.32
 LO BOUND     f_l3@17   -43.54
 UP BOUND     f_l3@17   43.54
 LO BOUND     f_l4@17   -104.19
 UP BOUND     f_l4@17   104.19
 LO BOUND     f_l5@17   -54.78
 UP BOUND     f_l5@17   54.78
 LO BOUND     f_l6@17   -95.65
 UP BOUND     f_l6@17   95.65
 UP BOUND     ch_s0@17  54.66
 UP BOUND     dis_s0@17  54.66
 UP BOUND     soc_s0@17  218.64
 UP BOUND     ch_s1@17  62.77
 UP BOUND     dis_s1@17  62.77
 UP BOUND     soc_s1@17  251.06
 UP BOUND     ch_s2@17  54.03
 UP BOUND     dis_s2@17  54.03
 UP BOUND     soc_s2@17  216.13
 UP BOUND     p_g0@18   34.21
 FX BOUND     p_g1@18   5.6
 LO BOUND     p_g2@18   19.62
 UP BOUND     p_g2@18   83.11
 UP BOUND     p_g3@18   109.28
 UP BOUND     p_g4@18   139.81
 UP BOUND     p_g5@18   75.46
 FX BOUND     p_g6@18   8.78
 LO BOUND     p_g7@18   19.37
 UP BOUND     p_g7@18   89.11
 UP BOUND     p_g8@18   77.02
 UP BOUND     p_g9@18   98.62
 UP BOUND     p_g10@18  47.99
 FX BOUND     p_g11@18  3.14
 MI BOUND     imp@18  
 UP BOUND     imp@18    19.91
 FR BOUND     f_l0@18 
 LO BOUND     f_l1@18   -109.97
 UP BOUND     f_l1@18   109.97
 LO BOUND     f_l2@18   -108.32
 UP BOUND     f_l2@18   108.32
 LO BOUND     f_l3@18   -43.54
 UP BOUND     f_l3@18   43.54
 LO BOUND     f_l4@18   -104.19
 UP BOUND     f_l4@18   104.19
 LO BOUND     f_l5@18   -54.78
 UP BOUND     f_l5@18   54.78
 LO BOUND     f_l6@18   -95.65
 UP BOUND     f_l6@18   95.65
 UP BOUND     ch_s0@18  54.66
 UP BOUND     dis_s0@18  54.66
 UP BOUND     soc_s0@18  218.64
 UP BOUND     ch_s1@18  62.77
 UP BOUND     dis_s1@18  62.77
 UP BOUND     soc_s1@18  251.06
 UP BOUND     ch_s2@18  54.03
 UP BOUND     dis_s2@18  54.03
 UP BOUND     soc_s2@18  216.13
 UP BOUND     p_g0@19   33.99
 FX BOUND     p_g1@19   3.28
 LO BOUND     p_g2@19   19.62
 UP BOUND     p_g2@19   87.8
 UP BOUND     p_g3@19   104.89
 UP BOUND     p_g4@19   137.22
 UP BOUND     p_g5@19   70.43
 FX BOUND     p_g6@19   6.89
 LO BOUND     p_g7@19   19.37
 UP BOUND     p_g7@19   86.56
 UP BOUND     p_g8@19   87.71
 UP BOUND     p_g9@19   97.29
 UP BOUND     p_g10@19  49.44
 FX BOUND     p_g11@19  3.53
 MI BOUND     imp@19  
 UP BOUND     imp@19    19.91
 FR BOUND     f_l0@19 
 LO BOUND     f_l1@19   -109.97
 UP BOUND     f_l1@19   109.97
 LO BOUND     f_l2@19   -108.32
 UP BOUND     f_l2@19   108.32
 LO BOUND     f_l3@19   -43.54
 UP BOUND     f_l3@19   43.54
 LO BOUND     f_l4@19   -104.19
 UP BOUND     f_l4@19   104.19
 LO BOUND     f_l5@19   -54.78
 UP BOUND     f_l5@19   54.78
 LO BOUND     f_l6@19   -95.65
 UP BOUND     f_l6@19   95.65
 UP BOUND     ch_s0@19  54.66
 UP BOUND     dis_s0@19  54.66
 UP BOUND     soc_s0@19  218.64
 UP BOUND     ch_s1@19  62.77
 UP BOUND     dis_s1@19  62.77
 UP BOUND     soc_s1@19  251.06
 UP BOUND     ch_s2@19  54.03
 UP BOUND     dis_s2@19  54.03
 UP BOUND     soc_s2@19  216.13
 UP BOUND     p_g0@20   36.61
 FX BOUND     p_g1@20   3.42
 LO BOUND     p_g2@20   19.62
 UP BOUND     p_g2@20   91.02
 UP BOUND     p_g3@20   100.97
 UP BOUND     p_g4@20   122.55
 UP BOUND     p_g5@20   74.09
 FX BOUND     p_g6@20   9.08
 LO BOUND     p_g7@20   19.37
 UP BOUND     p_g7@20   82.54
 UP BOUND     p_g8@20   79.55
 UP BOUND     p_g9@20   109.99
 UP BOUND     p_g10@20  53.89
 FX BOUND     p_g11@20  4.25
 MI BOUND     imp@20  
 UP BOUND     imp@20    19.91
 FR BOUND     f_l0@20 
 LO BOUND     f_l1@20   -109.97
 UP BOUND     f_l1@20   109.97
 LO BOUND     f_l2@20   -108.32
 UP BOUND     f_l2@20   108.32
 LO BOUND     f_l3@20   -43.54
 UP BOUND     f_l3@20   43.54
 LO BOUND     f_l4@20   -104.19
 UP BOUND     f_l4@20   104.19
 LO BOUND     f_l5@20   -54.78
 UP BOUND     f_l5@20   54.78
 LO BOUND     f_l6@20   -95.65
 UP BOUND     f_l6@20   95.65
 UP BOUND     ch_s0@20  54.66
 UP BOUND     dis_s0@20  54.66
 UP BOUND     soc_s0@20  218.64
 UP BOUND     ch_s1@20  62.77
 UP BOUND     dis_s1@20  62.77
 UP BOUND     soc_s1@20  251.06
 UP BOUND     ch_s2@20  54.03
 UP BOUND     dis_s2@20  54.03
 UP BOUND     soc_s2@20  216.13
 UP BOUND     p_g0@21   32.14
 FX BOUND     p_g1@21   4.07
 LO BOUND     p_g2@21   19.62
 UP BOUND     p_g2@21   87.78
 UP BOUND     p_g3@21   103.18
 UP BOUND     p_g4@21   129.73
 UP BOUND     p_g5@21   76.7
 FX BOUND     p_g6@21   12.73
 LO BOUND     p_g7@21   19.37
 UP BOUND     p_g7@21   89.08
 UP BOUND     p_g8@21   86.99
 UP BOUND     p_g9@21   95.58
 UP BOUND     p_g10@21  49.75
 FX BOUND     p_g11@21  2.42
 MI BOUND     imp@21  
 UP BOUND     imp@21    19.91
 FR BOUND     f_l0@21 
 LO BOUND     f_l1@21   -109.97
 UP BOUND     f_l1@21   109.97
 LO BOUND     f_l2@21   -108.32
 UP BOUND     f_l2@21   108.32
 LO BOUND     f_l3@21   -43.54
 UP BOUND     f_l3@21   43.54
 LO BOUND     f_l4@21   -104.19
 UP BOUND     f_l4@21   104.19
 LO BOUND     f_l5@21   -54.78
 UP BOUND     f_l5@21   54.78
 LO BOUND     f_l6@21   -95.65
 UP BOUND     f_l6@21   95.65
 UP BOUND     ch_s0@21  54.66
 UP BOUND     dis_s0@21  54.66
 UP BOUND     soc_s0@21  218.64
 UP BOUND     ch_s1@21  62.77
 UP BOUND     dis_s1@21  62.77
 UP BOUND     soc_s1@21  251.06
 UP BOUND     ch_s2@21  54.03
 UP BOUND     dis_s2@21  54.03
 UP BOUND     soc_s2@21  216.13
 UP BOUND     p_g0@22   33.24
 FX BOUND     p_g1@22   3.67
 LO BOUND     p_g2@22   19.62
 UP BOUND     p_g2@22   90.3
 UP BOUND     p_g3@22   106.61
 UP BOUND     p_g4@22   138.3
 UP BOUND     p_g5@22   68.77
 FX BOUND     p_g6@22   11.69
 LO BOUND     p_g7@22   19.37
 UP BOUND     p_g7@22   91.04
 UP BOUND     p_g8@22   77.73
 UP BOUND     p_g9@22   103.82
 UP BOUND     p_g10@22  52.73
 FX BOUND     p_g11@22  4.14
 MI BOUND     imp@22  
 UP BOUND     imp@22    19.91
 FR BOUND     f_l0@22 
 LO BOUND     f_l1@22   -109.97
 UP BOUND     f_l1@22   109.97
 LO BOUND     f_l2@22   -108.32
 UP BOUND     f_l2@22   108.32
 LO BOUND     f_l3@22   -43.54
 UP BOUND     f_l3@22   43.54
 LO BOUND     f_l4@22   -104.19
 UP BOUND     f_l4@22   104.19
 LO BOUND     f_l5@22   -54.78
 UP BOUND     f_l5@22   54.78
 LO BOUND     f_l6@22   -95.65
 UP BOUND     f_l6@22   95.65
 UP BOUND     ch_s0@22  54.66
 UP BOUND     dis_s0@22  54.66
 UP BOUND     soc_s0@22  218.64
 UP BOUND     ch_s1@22  62.77
 UP BOUND     dis_s1@22  62.77
 UP BOUND     soc_s1@22  251.06
 UP BOUND     ch_s2@22  54.03
 UP BOUND     dis_s2@22  54.03
 UP BOUND     soc_s2@22  216.13
 UP BOUND     p_g0@23   37.43
 FX BOUND     p_g1@23   4.48
 LO BOUND     p_g2@23   19.62
 UP BOUND     p_g2@23   78.71
 UP BOUND     p_g3@23   96.2
 UP BOUND     p_g4@23   139.54
 UP BOUND     p_g5@23   69.08
 FX BOUND     p_g6@23   8.37
 LO BOUND     p_g7@23   19.37
 UP BOUND     p_g7@23   85.75
 UP BOUND     p_g8@23   78.06
 UP BOUND     p_g9@23   97.88
 UP BOUND     p_g10@23  49.23
 FX BOUND     p_g11@23  3.97
 MI BOUND     imp@23  
 UP BOUND     imp@23    19.91
 FR BOUND     f_l0@23 
 LO BOUND     f_l1@23   -109.97
 UP BOUND     f_l1@23   109.97
 LO BOUND     f_l2@23   -108.32
 UP BOUND     f_l2@23   108.32
 LO BOUND     f_l3@23   -43.54
 UP BOUND     f_l3@23   43.54
 LO BOUND     f_l4@23   -104.19
 UP BOUND     f_l4@23   104.19
 LO BOUND     f_l5@23   -54.78
 UP BOUND     f_l5@23   54.78
 LO BOUND     f_l6@23   -95.65
 UP BOUND     f_l6@23   95.65
 UP BOUND     ch_s0@23  54.66
 UP BOUND     dis_s0@23  54.66
 UP BOUND     soc_s0@23  218.64
 UP BOUND     ch_s1@23  62.77
 UP BOUND     dis_s1@23  62.77
 UP BOUND     soc_s1@23  251.06
 UP BOUND     ch_s2@23  54.03
 UP BOUND     dis_s2@23  54.03
 UP BOUND     soc_s2@23  216.13
 UP BOUND     p_g0@24   35.14
 FX BOUND     p_g1@24   4.19
 LO BOUND     p_g2@24   19.62
 UP BOUND     p_g2@24   87.94
 UP BOUND     p_g3@24   95.9
 UP BOUND     p_g4@24   139.74
 UP BOUND     p_g5@24   69.85
 FX BOUND     p_g6@24   9.74
 LO BOUND     p_g7@24   19.37
 UP BOUND     p_g7@24   80.61
 UP BOUND     p_g8@24   88.9
 UP BOUND     p_g9@24   107.19
 UP BOUND     p_g10@24  53.36
 FX BOUND     p_g11@24  4.17
 MI BOUND     imp@24  
 UP BOUND     imp@24    19.91
 FR BOUND     f_l0@24 
 LO BOUND     f_l1@24   -109.97
 UP BOUND     f_l1@24   109.97
 LO BOUND     f_l2@24   -108.32
 UP BOUND     f_l2@24   108.32
 LO BOUND     f_l3@24   -43.54
 UP BOUND     f_l3@24   43.54
 LO BOUND     f_l4@24   -104.19
 UP BOUND     f_l4@24   104.19
 LO BOUND     f_l5@24   -54.78
 UP BOUND     f_l5@24   54.78
 LO BOUND     f_l6@24   -95.65
 UP BOUND     f_l6@24   95.65
 UP BOUND     ch_s0@24  54.66
 UP BOUND     dis_s0@24  54.66
 UP BOUND     soc_s0@24  218.64
 UP BOUND     ch_s1@24  62.77
 UP BOUND     dis_s1@24  62.77
 UP BOUND     soc_s1@24  251.06
 UP BOUND     ch_s2@24  54.03
 UP BOUND     dis_s2@24  54.03
 UP BOUND     soc_s2@24  216.13
 UP BOUND     p_g0@25   34.71
 FX BOUND     p_g1@25   5.49
 LO BOUND     p_g2@25   19.62
 UP BOUND     p_g2@25   80.35
 UP BOUND     p_g3@25   108.84
 UP BOUND     p_g4@25   122.35
 UP BOUND     p_g5@25   78.14
 FX BOUND     p_g6@25   7.28
 LO BOUND     p_g7@25   19.37
 UP BOUND     p_g7@25   79.27
 UP BOUND     p_g8@25   79.81
 UP BOUND     p_g9@25   109.65
 UP BOUND     p_g10@25  47.4
 FX BOUND     p_g11@25  2.59
 MI BOUND     imp@25  
 UP BOUND     imp@25    19.91
 FR BOUND     f_l0@25 
 LO BOUND     f_l1@25   -109.97
 UP BOUND     f_l1@25   109.97
 LO BOUND     f_l2@25   -108.32
 UP BOUND     f_l2@25   108.32
 LO BOUND     f_l3@25   -43.54
 UP BOUND     f_l3@25   43.54
 LO BOUND     f_l4@25   -104.19
 UP BOUND     f_l4@25   104.19
 LO BOUND     f_l5@25   -54.78
 UP BOUND     f_l5@25   54.78
 LO BOUND     f_l6@25   -95.65
 UP BOUND     f_l6@25   95.65
 UP BOUND     ch_s0@25  54.66
 UP BOUND     dis_s0@25  54.66
 UP BOUND     soc_s0@25  218.64
 UP BOUND     ch_s1@25  62.77
 UP BOUND     dis_s1@25  62.77
 UP BOUND     soc_s1@25  251.06
 UP BOUND     ch_s2@25  54.03
 UP BOUND     dis_s2@25  54.03
 UP BOUND     soc_s2@25  216.13
 UP BOUND     p_g0@26   35.73
 FX BOUND     p_g1@26   4.91
 LO BOUND     p_g2@26   19.62
 UP BOUND     p_g2@26   90.94
 UP BOUND     p_g3@26   94.61
 UP BOUND     p_g4@26   126.45
 UP BOUND     p_g5@26   78.41
 FX BOUND     p_g6@26   8.78
 LO BOUND     p_g7@26   19.37
 UP BOUND     p_g7@26   77.53
 UP BOUND     p_g8@26   83.53
 UP BOUND     p_g9@26   101.83
 UP BOUND     p_g10@26  52.91
 FX BOUND     p_g11@26  4.58
 MI BOUND     imp@26  
 UP BOUND     imp@26    19.91
 FR BOUND     f_l0@26 
 LO BOUND     f_l1@26   -109.97
 UP BOUND     f_l1@26   109.97
 LO BOUND     f_l2@26   -108.32
 UP BOUND     f_l2@26   108.32
 LO BOUND     f_l3@26   -43.54
 UP BOUND     f_l3@26   43.54
 LO BOUND     f_l4@26   -104.19
 UP BOUND     f_l4@26   104.19
 LO BOUND     f_l5@26   -54.78
 UP BOUND     f_l5@26   54.78
 LO BOUND     f_l6@26   -95.65
 UP BOUND     f_l6@26   95.65
 UP BOUND     ch_s0@26  54.66
 UP BOUND     dis_s0@26  54.66
 UP BOUND     soc_s0@26  218.64
 UP BOUND     ch_s1@26  62.77
 UP BOUND     dis_s1@26  62.77
 UP BOUND     soc_s1@26  251.06
 UP BOUND     ch_s2@26  54.03
 UP BOUND     dis_s2@26  54.03
 UP BOUND     soc_s2@26  216.13
 UP BOUND     p_g0@27   33.15
 FX BOUND     p_g1@27   4.47
 LO BOUND     p_g2@27   19.62
 UP BOUND     p_g2@27   90.51
 UP BOUND     p_g3@27   107.16
 UP BOUND     p_g4@27   132.85
 UP BOUND     p_g5@27   77.35
 FX BOUND     p_g6@27   10.53
 LO BOUND     p_g7@27   19.37
 UP BOUND     p_g7@27   87.57
 UP BOUND     p_g8@27   85.1
 UP BOUND     p_g9@27   105.36
 UP BOUND     p_g10@27  50.19
 FX BOUND     p_g11@27  3
 MI BOUND     imp@27  
 UP BOUND     imp@27    19.91
 FR BOUND     f_l0@27 
 LO BOUND     f_l1@27   -109.97
 UP BOUND     f_l1@27   109.97
 LO BOUND     f_l2@27   -108.32
 UP BOUND     f_l2@27   108.32
 LO BOUND     f_l3@27   -43.54
 UP BOUND     f_l3@27   43.54
 LO BOUND     f_l4@27   -104.19
 UP BOUND     f_l4@27   104.19
 LO BOUND     f_l5@27   -54.78
 UP BOUND     f_l5@27   54.78
 LO BOUND     f_l6@27   -95.65
 UP BOUND     f_l6@27   95.65
 UP BOUND     ch_s0@27  54.66
 UP BOUND     dis_s0@27  54.66
 UP BOUND     soc_s0@27  218.64
 UP BOUND     ch_s1@27  62.77
 UP BOUND     dis_s1@27  62.77
 UP BOUND     soc_s1@27  251.06
 UP BOUND     ch_s2@27  54.03
 UP BOUND     dis_s2@27  54.03
 UP BOUND     soc_s2@27  216.13
 UP BOUND     p_g0@28   32.3
 FX BOUND     p_g1@28   3.75
 LO BOUND     p_g2@28   19.62
 UP BOUND     p_g2@28   90.33
 UP BOUND     p_g3@28   101.09
 UP BOUND     p_g4@28   128.22
 UP BOUND     p_g5@28   74.83
 FX BOUND     p_g6@28   9.6
 LO BOUND     p_g7@28   19.37
 UP BOUND     p_g7@28   79.5
 UP BOUND     p_g8@28   86.64
 UP BOUND     p_g9@28   104.77
 UP BOUND     p_g10@28  53.04
 FX BOUND     p_g11@28  4.37
 MI BOUND     imp@28  
 UP BOUND     imp@28    19.91
 FR BOUND     f_l0@28 
 LO BOUND     f_l1@28   -109.97
 UP BOUND     f_l1@28   109.97
 LO BOUND     f_l2@28   -108.32
 UP BOUND     f_l2@28   108.32
 LO BOUND     f_l3@28   -43.54
 UP BOUND     f_l3@28   43.54
 LO BOUND     f_l4@28   -104.19
 UP BOUND     f_l4@28   104.19
 LO BOUND     f_l5@28   -54.78
 UP BOUND     f_l5@28   54.78
 LO BOUND     f_l6@28   -95.65
 UP BOUND     f_l6@28   95.65
 UP BOUND     ch_s0@28  54.66
 UP BOUND     dis_s0@28  54.66
 UP BOUND     soc_s0@28  218.64
 UP BOUND     ch_s1@28  62.77
 UP BOUND     dis_s1@28  62.77
 UP BOUND     soc_s1@28  251.06
 UP BOUND     ch_s2@28  54.03
 UP BOUND     dis_s2@28  54.03
 UP BOUND     soc_s2@28  216.13
 UP BOUND     p_g0@29   35.14
 FX BOUND     p_g1@29   2.96
 LO BOUND     p_g2@29   19.62
 UP BOUND     p_g2@29   89.94
 UP BOUND     p_g3@29   93.29
 UP BOUND     p_g4@29   131
 UP BOUND     p_g5@29   69.04
 FX BOUND     p_g6@29   11.04
 LO BOUND     p_g7@29   19.37
 UP BOUND     p_g7@29   86.42
 UP BOUND     p_g8@29   78.08
 UP BOUND     p_g9@29   109.52
 UP BOUND     p_g10@29  52.19
 FX BOUND     p_g11@29  2.83
 MI BOUND     imp@29  
 UP BOUND     imp@29    19.91
 FR BOUND     f_l0@29 
 LO BOUND     f_l1@29   -109.97
 UP BOUND     f_l1@29   109.97
 LO BOUND     f_l2@29   -108.32
 UP BOUND     f_l2@29   108.32
 LO BOUND     f_l3@29   -43.54
 UP BOUND     f_l3@29   43.54
 LO BOUND     f_l4@29   -104.19
 UP BOUND     f_l4@29   104.19
 LO BOUND     f_l5@29   -54.78
 UP BOUND     f_l5@29   54.78
 LO BOUND     f_l6@29   -95.65
 UP BOUND     f_l6@29   95.65
 UP BOUND     ch_s0@29  54.66
 UP BOUND     dis_s0@29  54.66
 UP BOUND     soc_s0@29  218.64
 UP BOUND     ch_s1@29  62.77
 UP BOUND     dis_s1@29  62.77
 UP BOUND     soc_s1@29  251.06
 UP BOUND     ch_s2@29  54.03
 UP BOUND     dis_s2@29  54.03
 UP BOUND     soc_s2@29  216.13
 UP BOUND     p_g0@30   36.88
 FX BOUND     p_g1@30   5.47
 LO BOUND     p_g2@30   19.62
 UP BOUND     p_g2@30   86.86
 UP BOUND     p_g3@30   102.93
 UP BOUND     p_g4@30   140.5
 UP BOUND     p_g5@30   68.66
 FX BOUND     p_g6@30   10.33
 LO BOUND     p_g7@30   19.37
 UP BOUND     p_g7@30   82.1
 UP BOUND     p_g8@30   82.94
 UP BOUND     p_g9@30   101.19
 UP BOUND     p_g10@30  47.24
 FX BOUND     p_g11@30  2.63
 MI BOUND     imp@30  
 UP BOUND     imp@30    19.91
 FR BOUND     f_l0@30 
 LO BOUND     f_l1@30   -109.97
 UP BOUND     f_l1@30   109.97
 LO BOUND     f_l2@30   -108.32
 UP BOUND     f_l2@30   108.32
 LO BOUND     f_l3@30   -43.54
 UP BOUND     f_l3@30   43.54
 LO BOUND     f_l4@30   -104.19
 UP BOUND     f_l4@30   104.19
 LO BOUND     f_l5@30   -54.78
 UP BOUND     f_l5@30   54.78
 LO BOUND     f_l6@30   -95.65
 UP BOUND     f_l6@30   95.65
 UP BOUND     ch_s0@30  54.66
 UP BOUND     dis_s0@30  54.66
 UP BOUND     soc_s0@30  218.64
 UP BOUND     ch_s1@30  62.77
 UP BOUND     dis_s1@30  62.77
 UP BOUND     soc_s1@30  251.06
 UP BOUND     ch_s2@30  54.03
 UP BOUND     dis_s2@30  54.03
 UP BOUND     soc_s2@30  216.13
 UP BOUND     p_g0@31   36.35
 FX BOUND     p_g1@31   4.39
 LO BOUND     p_g2@31   19.62
 UP BOUND     p_g2@31   82.62
 UP BOUND     p_g3@31   97.01
 UP BOUND     p_g4@31   134.01
 UP BOUND     p_g5@31   68.01
 FX BOUND     p_g6@31   10.27
 LO BOUND     p_g7@31   19.37
 UP BOUND     p_g7@31   87.24
 UP BOUND     p_g8@31   87.37
 UP BOUND     p_g9@31   110.58
 UP BOUND     p_g10@31  51.76
 FX BOUND     p_g11@31  4.24
 MI BOUND     imp@31  
 UP BOUND     imp@31    19.91
 FR BOUND     f_l0@31 
 LO BOUND     f_l1@31   -109.97
 UP BOUND     f_l1@31   109.97
 LO BOUND     f_l2@31   -108.32
 UP BOUND     f_l2@31   108.32
 LO BOUND     f_l3@31   -43.54
 UP BOUND     f_l3@31   43.54
 LO BOUND     f_l4@31   -104.19
 UP BOUND     f_l4@31   104.19
 LO BOUND     f_l5@31   -54.78
 UP BOUND     f_l5@31   54.78
 LO BOUND     f_l6@31   -95.65
 UP BOUND     f_l6@31   95.65
 UP BOUND     ch_s0@31  54.66
 UP BOUND     dis_s0@31  54.66
 UP BOUND     soc_s0@31  218.64
 UP BOUND     ch_s1@31  62.77
 UP BOUND     dis_s1@31  62.77
 UP BOUND     soc_s1@31  251.06
 UP BOUND     ch_s2@31  54.03
 UP BOUND     dis_s2@31  54.03
 UP BOUND     soc_s2@31  216.13
 UP BOUND     p_g0@32   36.07
 FX BOUND     p_g1@32   3.57
 LO BOUND     p_g2@32   19.62
 UP BOUND     p_g2@32   86.27
 UP BOUND     p_g3@32   109.09
 UP BOUND     p_g4@32   136.63
 UP BOUND     p_g5@32   74.69
 FX BOUND     p_g6@32   10.41
 LO BOUND     p_g7@32   19.37
 UP BOUND     p_g7@32   83.66
 UP BOUND     p_g8@32   86.04
 UP BOUND     p_g9@32   96.72
 UP BOUND     p_g10@32  52.76
 FX BOUND     p_g11@32  4.79
 MI BOUND     imp@32  
 UP BOUND     imp@32    19.91
 FR BOUND     f_l0@32 
 LO BOUND     f_l1@32   -109.97
 UP BOUND     f_l1@32   109.97
 LO BOUND     f_l2@32   -108.32
 UP BOUND     f_l2@32   108.32
 LO BOUND     f_l3@32   -43.54
 UP BOUND     f_l3@32   43.54
 LO BOUND     f_l4@32   -104.19
 UP BOUND     f_l4@32   104.19
 LO BOUND     f_l5@32   -54.78
 UP BOUND     f_l5@32   54.78
 LO BOUND     f_l6@32   -95.65
 UP BOUND     f_l6@32   95.65
 UP BOUND     ch_s0@32  54.66
 UP BOUND     dis_s0@32  54.66
 UP BOUND     soc_s0@32  218.64
 UP BOUND     ch_s1@32  62.77
 UP BOUND     dis_s1@32  62.77
 UP BOUND     soc_s1@32  251.06
 UP BOUND     ch_s2@32  54.03
 UP BOUND     dis_s2@32  54.03
 UP BOUND     soc_s2@32  216.13
 UP BOUND     p_g0@33   33.17
 FX BOUND     p_g1@33   4.22
 LO BOUND     p_g2@33   19.62
 UP BOUND     p_g2@33   85.46
 UP BOUND     p_g3@33   106.95
 UP BOUND     p_g4@33   143.11
 UP BOUND     p_g5@33   70.25
 FX BOUND     p_g6@33   7.77
 LO BOUND     p_g7@33   19.37
 UP BOUND     p_g7@33   86.6
 UP BOUND     p_g8@33   84.23
 UP BOUND     p_g9@33   107.61
 UP BOUND     p_g10@33  52.3
 FX BOUND     p_g11@33  3.78
 MI BOUND     imp@33  
 UP BOUND     imp@33    19.91
 FR BOUND     f_l0@33 
 LO BOUND     f_l1@33   -109.97
 UP BOUND     f_l1@33   109.97
 LO BOUND     f_l2@33   -108.32
 UP BOUND     f_l2@33   108.32
 LO BOUND     f_l3@33   -43.54
 UP BOUND     f_l3@33   43.54
 LO BOUND     f_l4@33   -104.19
 UP BOUND     f_l4@33   104.19
 LO BOUND     f_l5@33   -54.78
 UP BOUND     f_l5@33   54.78
 LO BOUND     f_l6@33   -95.65
 UP BOUND     f_l6@33   95.65
 UP BOUND     ch_s0@33  54.66
 UP BOUND     dis_s0@33  54.66
 UP BOUND     soc_s0@33  218.64
 UP BOUND     ch_s1@33  62.77
 UP BOUND     dis_s1@33  62.77
 UP BOUND     soc_s1@33  251.06
 UP BOUND     ch_s2@33  54.03
 UP BOUND     dis_s2@33  54.03
 UP BOUND     soc_s2@33  216.13
 UP BOUND     p_g0@34   37.21
 FX BOUND     p_g1@34   5.48
 LO BOUND     p_g2@34   19.62
 UP BOUND     p_g2@34   89.07
 UP BOUND     p_g3@34   104.83
 UP BOUND     p_g4@34   133.42
 UP BOUND     p_g5@34   75.43
 FX BOUND     p_g6@34   8.6
 LO BOUND     p_g7@34   19.37
 UP BOUND     p_g7@34   82.37
 UP BOUND     p_g8@34   86.85
 UP BOUND     p_g9@34   109.15
 UP BOUND     p_g10@34  47.39
 FX BOUND     p_g11@34  2.55
 MI BOUND     imp@34  
 UP BOUND     imp@34    19.91
 FR BOUND     f_l0@34 
 LO BOUND     f_l1@34   -109.97
 UP BOUND     f_l1@34   109.97
 LO BOUND     f_l2@34   -108.32
 UP BOUND     f_l2@34   108.32
 LO BOUND     f_l3@34   -43.54
 UP BOUND     f_l3@34   43.54
 LO BOUND     f_l4@34   -104.19
 UP BOUND     f_l4@34   104.19
 LO BOUND     f_l5@34   -54.78
 UP BOUND     f_l5@34   54.78
 LO BOUND     f_l6@34   -95.65
 UP BOUND     f_l6@34   95.65
 UP BOUND     ch_s0@34  54.66
 UP BOUND     dis_s0@34  54.66
 UP BOUND     soc_s0@34  218.64
 UP BOUND     ch_s1@34  62.77
 UP BOUND     dis_s1@34  62.77
 UP BOUND     soc_s1@34  251.06
 UP BOUND     ch_s2@34  54.03
 UP BOUND     dis_s2@34  54.03
 UP BOUND     soc_s2@34  216.13
 UP BOUND     p_g0@35   36.45
 FX BOUND     p_g1@35   3.11
 LO BOUND     p_g2@35   19.62
 UP BOUND     p_g2@35   90.16
 UP BOUND     p_g3@35   99.45
 UP BOUND     p_g4@35   142.14
 UP BOUND     p_g5@35   77.57
 FX BOUND     p_g6@35   12.2
 LO BOUND     p_g7@35   19.37
 UP BOUND     p_g7@35   83.92
 UP BOUND     p_g8@35   88.19
 UP BOUND     p_g9@35   97.15
 UP BOUND     p_g10@35  46.07
 FX BOUND     p_g11@35  2.7
 MI BOUND     imp@35  
 UP BOUND     imp@35    19.91
 FR BOUND     f_l0@35 
 LO BOUND     f_l1@35   -109.97
 UP BOUND     f_l1@35   109.97
 LO BOUND     f_l2@35   -108.32
 UP BOUND     f_l2@35   108.32
 LO BOUND     f_l3@35   -43.54
 UP BOUND     f_l3@35   43.54
 LO BOUND     f_l4@35   -104.19
 UP BOUND     f_l4@35   104.19
 LO BOUND     f_l5@35   -54.78
 UP BOUND     f_l5@35   54.78
 LO BOUND     f_l6@35   -95.65
 UP BOUND     f_l6@35   95.65
 UP BOUND     ch_s0@35  54.66
 UP BOUND     dis_s0@35  54.66
 UP BOUND     soc_s0@35  218.64
 UP BOUND     ch_s1@35  62.77
 UP BOUND     dis_s1@35  62.77
 UP BOUND     soc_s1@35  251.06
 UP BOUND     ch_s2@35  54.03
 UP BOUND     dis_s2@35  54.03
 UP BOUND     soc_s2@35  216.13
 UP BOUND     p_g0@36   32.77
 FX BOUND     p_g1@36   4.51
 LO BOUND     p_g2@36   19.62
 UP BOUND     p_g2@36   78.47
 UP BOUND     p_g3@36   97.1
 UP BOUND     p_g4@36   130.44
 UP BOUND     p_g5@36   70.45
 FX BOUND     p_g6@36   8.31
 LO BOUND     p_g7@36   19.37
 UP BOUND     p_g7@36   86.28
 UP BOUND     p_g8@36   78.99
 UP BOUND     p_g9@36   98.32
 UP BOUND     p_g10@36  49.9
 FX BOUND     p_g11@36  2.79
 MI BOUND     imp@36  
 UP BOUND     imp@36    19.91
 FR BOUND     f_l0@36 
 LO BOUND     f_l1@36   -109.97
 UP BOUND     f_l1@36   109.97
 LO BOUND     f_l2@36   -108.32
 UP BOUND     f_l2@36   108.32
 LO BOUND     f_l3@36   -43.54
 UP BOUND     f_l3@36   43.54
 LO BOUND     f_l4@36   -104.19
 UP BOUND     f_l4@36   104.19
 LO BOUND     f_l5@36   -54.78
 UP BOUND     f_l5@36   54.78
 LO BOUND     f_l6@36   -95.65
 UP BOUND     f_l6@36   95.65
 UP BOUND     ch_s0@36  54.66
 UP BOUND     dis_s0@36  54.66
 UP BOUND     soc_s0@36  218.64
 UP BOUND     ch_s1@36  62.77
 UP BOUND     dis_s1@36  62.77
 UP BOUND     soc_s1@36  251.06
 UP BOUND     ch_s2@36  54.03
 UP BOUND     dis_s2@36  54.03
 UP BOUND     soc_s2@36  216.13
 UP BOUND     p_g0@37   34.35
 FX BOUND     p_g1@37   5.58
 LO BOUND     p_g2@37   19.62
 UP BOUND     p_g2@37   89.62
 UP BOUND     p_g3@37   104.72
 UP BOUND     p_g4@37   125.37
 UP BOUND     p_g5@37   74.21
 FX BOUND     p_g6@37   13.4
 LO BOUND     p_g7@37   19.37
 UP BOUND     p_g7@37   82.96
 UP BOUND     p_g8@37   80.47
 UP BOUND     p_g9@37   108.02
 UP BOUND     p_g10@37  50.02
 FX BOUND     p_g11@37  2.92
 MI BOUND     imp@37  
 UP BOUND     imp@37    19.91
 FR BOUND     f_l0@37 
 LO BOUND     f_l1@37   -109.97
 UP BOUND     f_l1@37   109.97
 LO BOUND     f_l2@37   -108.32
 UP BOUND     f_l2@37   108.32
 LO BOUND     f_l3@37   -43.54
 UP BOUND     f_l3@37   43.54
 LO BOUND     f_l4@37   -104.19
 UP BOUND     f_l4@37   104.19
 LO BOUND     f_l5@37   -54.78
 UP BOUND     f_l5@37   54.78
 LO BOUND     f_l6@37   -95.65
 UP BOUND     f_l6@37   95.65
 UP BOUND     ch_s0@37  54.66
 UP BOUND     dis_s0@37  54.66
 UP BOUND     soc_s0@37  218.64
 UP BOUND     ch_s1@37  62.77
 UP BOUND     dis_s1@37  62.77
 UP BOUND     soc_s1@37  251.06
 UP BOUND     ch_s2@37  54.03
 UP BOUND     dis_s2@37  54.03
 UP BOUND     soc_s2@37  216.13
 UP BOUND     p_g0@38   35.95
 FX BOUND     p_g1@38   4.93
 LO BOUND     p_g2@38   19.62
 UP BOUND     p_g2@38   84.01
 UP BOUND     p_g3@38   106.62
 UP BOUND     p_g4@38   130.74
 UP BOUND     p_g5@38   77.49
 FX BOUND     p_g6@38   10.97
 LO BOUND     p_g7@38   19.37
 UP BOUND     p_g7@38   84.28
 UP BOUND     p_g8@38   88.96
 UP BOUND     p_g9@38   109.2
 UP BOUND     p_g10@38  53.19
 FX BOUND     p_g11@38  4.46
 MI BOUND     imp@38  
 UP BOUND     imp@38    19.91
 FR BOUND     f_l0@38 
 LO BOUND     f_l1@38   -109.97
 UP BOUND     f_l1@38   109.97
 LO BOUND     f_l2@38   -108.32
 UP BOUND     f_l2@38   108.32
 LO BOUND     f_l3@38   -43.54
 UP BOUND     f_l3@38   43.54
 LO BOUND     f_l4@38   -104.19
 UP BOUND     f_l4@38   104.19
 LO BOUND     f_l5@38   -54.78
 UP BOUND     f_l5@38   54.78
 LO BOUND     f_l6@38   -95.65
 UP BOUND     f_l6@38   95.65
 UP BOUND     ch_s0@38  54.66
 UP BOUND     dis_s0@38  54.66
 UP BOUND     soc_s0@38  218.64
 UP BOUND     ch_s1@38  62.77
 UP BOUND     dis_s1@38  62.77
 UP BOUND     soc_s1@38  251.06
 UP BOUND     ch_s2@38  54.03
 UP BOUND     dis_s2@38  54.03
 UP BOUND     soc_s2@38  216.13
 UP BOUND     p_g0@39   32.92
 FX BOUND     p_g1@39   4.76
 LO BOUND     p_g2@39   19.62
 UP BOUND     p_g2@39   89.01
 UP BOUND     p_g3@39   95.86
 UP BOUND     p_g4@39   123.08
 UP BOUND     p_g5@39   68.76
 FX BOUND     p_g6@39   9.03
 LO BOUND     p_g7@39   19.37
 UP BOUND     p_g7@39   84.26
 UP BOUND     p_g8@39   86.01
 UP BOUND     p_g9@39   107.4
 UP BOUND     p_g10@39  52.79
 FX BOUND     p_g11@39  3.05
 MI BOUND     imp@39  
 UP BOUND     imp@39    19.91
 FR BOUND     f_l0@39 
 LO BOUND     f_l1@39   -109.97
 UP BOUND     f_l1@39   109.97
 LO BOUND     f_l2@39   -108.32
 UP BOUND     f_l2@39   108.32
 LO BOUND     f_l3@39   -43.54
 UP BOUND     f_l3@39   43.54
 LO BOUND     f_l4@39   -104.19
 UP BOUND     f_l4@39   104.19
 LO BOUND     f_l5@39   -54.78
 UP BOUND     f_l5@39   54.78
 LO BOUND     f_l6@39   -95.65
 UP BOUND     f_l6@39   95.65
 UP BOUND     ch_s0@39  54.66
 UP BOUND     dis_s0@39  54.66
 UP BOUND     soc_s0@39  218.64
 UP BOUND     ch_s1@39  62.77
 UP BOUND     dis_s1@39  62.77
 UP BOUND     soc_s1@39  251.06
 UP BOUND     ch_s2@39  54.03
 UP BOUND     dis_s2@39  54.03
 UP BOUND     soc_s2@39  216.13
 UP BOUND     p_g0@40   35.28
 FX BOUND     p_g1@40   3.58
 LO BOUND     p_g2@40   19.62
 UP BOUND     p_g2@40   82.73
 UP BOUND     p_g3@40   102.73
 UP BOUND     p_g4@40   141.13
 UP BOUND     p_g5@40   77.71
 FX BOUND     p_g6@40   7.96
 LO BOUND     p_g7@40   19.37
 UP BOUND     p_g7@40   86.71
 UP BOUND     p_g8@40   86.77
 UP BOUND     p_g9@40   102.26
 UP BOUND     p_g10@40  53.48
 FX BOUND     p_g11@40  4.37
 MI BOUND     imp@40  
 UP BOUND     imp@40    19.91
 FR BOUND     f_l0@40 
 LO BOUND     f_l1@40   -109.97
 UP BOUND     f_l1@40   109.97
 LO BOUND     f_l2@40   -108.32
 UP BOUND     f_l2@40   108.32
 LO BOUND     f_l3@40   -43.54
 UP BOUND     f_l3@40   43.54
 LO BOUND     f_l4@40   -104.19
 UP BOUND     f_l4@40   104.19
 LO BOUND     f_l5@40   -54.78
 UP BOUND     f_l5@40   54.78
 LO BOUND     f_l6@40   -95.65
 UP BOUND     f_l6@40   95.65
 UP BOUND     ch_s0@40  54.66
 UP BOUND     dis_s0@40  54.66
 UP BOUND     soc_s0@40  218.64
 UP BOUND     ch_s1@40  62.77
 UP BOUND     dis_s1@40  62.77
 UP BOUND     soc_s1@40  251.06
 UP BOUND     ch_s2@40  54.03
 UP BOUND     dis_s2@40  54.03
 UP BOUND     soc_s2@40  216.13
 UP BOUND     p_g0@41   32.97
 FX BOUND     p_g1@41   3.75
 LO BOUND     p_g2@41   19.62
 UP BOUND     p_g2@41   80.56
 UP BOUND     p_g3@41   104.37
 UP BOUND     p_g4@41   127.98
 UP BOUND     p_g5@41   73.62
 FX BOUND     p_g6@41   9.25
 LO BOUND     p_g7@41   19.37
 UP BOUND     p_g7@41   91.02
 UP BOUND     p_g8@41   86.92
 UP BOUND     p_g9@41   96.31
 UP BOUND     p_g10@41  52.27
 FX BOUND     p_g11@41  4.73
 MI BOUND     imp@41  
 UP BOUND     imp@41    19.91
 FR BOUND     f_l0@41 
 LO BOUND     f_l1@41   -109.97
 UP BOUND     f_l1@41   109.97
 LO BOUND     f_l2@41   -108.32
 UP BOUND     f_l2@41   108.32
 LO BOUND     f_l3@41   -43.54
 UP BOUND     f_l3@41   43.54
 LO BOUND     f_l4@41   -104.19
 UP BOUND     f_l4@41   104.19
 LO BOUND     f_l5@41   -54.78
 UP BOUND     f_l5@41   54.78
 LO BOUND     f_l6@41   -95.65
 UP BOUND     f_l6@41   95.65
 UP BOUND     ch_s0@41  54.66
 UP BOUND     dis_s0@41  54.66
 UP BOUND     soc_s0@41  218.64
 UP BOUND     ch_s1@41  62.77
 UP BOUND     dis_s1@41  62.77
 UP BOUND     soc_s1@41  251.06
 UP BOUND     ch_s2@41  54.03
 UP BOUND     dis_s2@41  54.03
 UP BOUND     soc_s2@41  216.13
 UP BOUND     p_g0@42   35.06
 FX BOUND     p_g1@42   5.39
 LO BOUND     p_g2@42   19.62
 UP BOUND     p_g2@42   85.67
 UP BOUND     p_g3@42   99.91
 UP BOUND     p_g4@42   140.73
 UP BOUND     p_g5@42   73.11
 FX BOUND     p_g6@42   12.58
 LO BOUND     p_g7@42   19.37
 UP BOUND     p_g7@42   87.45
 UP BOUND     p_g8@42   79.45
 UP BOUND     p_g9@42   100.13
 UP BOUND     p_g10@42  47.95
 FX BOUND     p_g11@42  2.64
 MI BOUND     imp@42  
 UP BOUND     imp@42    19.91
 FR BOUND     f_l0@42 
 LO BOUND     f_l1@42   -109.97
 UP BOUND     f_l1@42   109.97
 LO BOUND     f_l2@42   -108.32
 UP BOUND     f_l2@42   108.32
 LO BOUND     f_l3@42   -43.54
 UP BOUND     f_l3@42   43.54
 LO BOUND     f_l4@42   -104.19
 UP BOUND     f_l4@42   104.19
 LO BOUND     f_l5@42   -54.78
 UP BOUND     f_l5@42   54.78
 LO BOUND     f_l6@42   -95.65
 UP BOUND     f_l6@42   95.65
 UP BOUND     ch_s0@42  54.66
 UP BOUND     dis_s0@42  54.66
 UP BOUND     soc_s0@42  218.64
 UP BOUND     ch_s1@42  62.77
 UP BOUND     dis_s1@42  62.77
 UP BOUND     soc_s1@42  251.06
 UP BOUND     ch_s2@42  54.03
 UP BOUND     dis_s2@42  54.03
 UP BOUND     soc_s2@42  216.13
 UP BOUND     p_g0@43   37.19
 FX BOUND     p_g1@43   3.09
 LO BOUND     p_g2@43   19.62
 UP BOUND     p_g2@43   81.81
 UP BOUND     p_g3@43   97.6
 UP BOUND     p_g4@43   141.17
 UP BOUND     p_g5@43   75.39
 FX BOUND     p_g6@43   9.34
 LO BOUND     p_g7@43   19.37
 UP BOUND     p_g7@43   77.55
 UP BOUND     p_g8@43   87.23
 UP BOUND     p_g9@43   102.91
 UP BOUND     p_g10@43  49.52
 FX BOUND     p_g11@43  3.55
 MI BOUND     imp@43  
 UP BOUND     imp@43    19.91
 FR BOUND     f_l0@43 
 LO BOUND     f_l1@43   -109.97
 UP BOUND     f_l1@43   109.97
 LO BOUND     f_l2@43   -108.32
 UP BOUND     f_l2@43   108.32
 LO BOUND     f_l3@43   -43.54
 UP BOUND     f_l3@43   43.54
 LO BOUND     f_l4@43   -104.19
 UP BOUND     f_l4@43   104.19
 LO BOUND     f_l5@43   -54.78
 UP BOUND     f_l5@43   54.78
 LO BOUND     f_l6@43   -95.65
 UP BOUND     f_l6@43   95.65
 UP BOUND     ch_s0@43  54.66
 UP BOUND     dis_s0@43  54.66
 UP BOUND     soc_s0@43  218.64
 UP BOUND     ch_s1@43  62.77
 UP BOUND     dis_s1@43  62.77
 UP BOUND     soc_s1@43  251.06
 UP BOUND     ch_s2@43  54.03
 UP BOUND     dis_s2@43  54.03
 UP BOUND     soc_s2@43  216.13
 UP BOUND     p_g0@44   34.37
 FX BOUND     p_g1@44   5.13
 LO BOUND     p_g2@44   19.62
 UP BOUND     p_g2@44   87.4
 UP BOUND     p_g3@44   99.63
 UP BOUND     p_g4@44   142.67
 UP BOUND     p_g5@44   69.1
 FX BOUND     p_g6@44   8.43
 LO BOUND     p_g7@44   19.37
 UP BOUND     p_g7@44   81.75
 UP BOUND     p_g8@44   88.37
 UP BOUND     p_g9@44   110.96
 UP BOUND     p_g10@44  48.01
 FX BOUND     p_g11@44  4.76
 MI BOUND     imp@44  
 UP BOUND     imp@44    19.91
 FR BOUND     f_l0@44 
 LO BOUND     f_l1@44   -109.97
 UP BOUND     f_l1@44   109.97
 LO BOUND     f_l2@44   -108.32
 UP BOUND     f_l2@44   108.32
 LO BOUND     f_l3@44   -43.54
 UP BOUND     f_l3@44   43.54
 LO BOUND     f_l4@44   -104.19
 UP BOUND     f_l4@44   104.19
 LO BOUND     f_l5@44   -54.78
 UP BOUND     f_l5@44   54.78
 LO BOUND     f_l6@44   -95.65
 UP BOUND     f_l6@44   95.65
 UP BOUND     ch_s0@44  54.66
 UP BOUND     dis_s0@44  54.66
 UP BOUND     soc_s0@44  218.64
 UP BOUND     ch_s1@44  62.77
 UP BOUND     dis_s1@44  62.77
 UP BOUND     soc_s1@44  251.06
 UP BOUND     ch_s2@44  54.03
 UP BOUND     dis_s2@44  54.03
 UP BOUND     soc_s2@44  216.13
 UP BOUND     p_g0@45   34.26
 FX BOUND     p_g1@45   3.45
 LO BOUND     p_g2@45   19.62
 UP BOUND     p_g2@45   88.26
 UP BOUND     p_g3@45   104.24
 UP BOUND     p_g4@45   140.27
 UP BOUND     p_g5@45   68.76
 FX BOUND     p_g6@45   8.39
 LO BOUND     p_g7@45   19.37
 UP BOUND     p_g7@45   80.55
 UP BOUND     p_g8@45   86.59
 UP BOUND     p_g9@45   105.8
 UP BOUND     p_g10@45  51.83
 FX BOUND     p_g11@45  4.8
 MI BOUND     imp@45  
 UP BOUND     imp@45    19.91
 FR BOUND     f_l0@45 
 LO BOUND     f_l1@45   -109.97
 UP BOUND     f_l1@45   109.97
 LO BOUND     f_l2@45   -108.32
 UP BOUND     f_l2@45   108.32
 LO BOUND     f_l3@45   -43.54
 UP BOUND     f_l3@45   43.54
 LO BOUND     f_l4@45   -104.19
 UP BOUND     f_l4@45   104.19
 LO BOUND     f_l5@45   -54.78
 UP BOUND     f_l5@45   54.78
 LO BOUND     f_l6@45   -95.65
 UP BOUND     f_l6@45   95.65
 UP BOUND     ch_s0@45  54.66
 UP BOUND     dis_s0@45  54.66
 UP BOUND     soc_s0@45  218.64
 UP BOUND     ch_s1@45  62.77
 UP BOUND     dis_s1@45  62.77
 UP BOUND     soc_s1@45  251.06
 UP BOUND     ch_s2@45  54.03
 UP BOUND     dis_s2@45  54.03
 UP BOUND     soc_s2@45  216.13
 UP BOUND     p_g0@46   32.7
 FX BOUND     p_g1@46   4.91
 LO BOUND     p_g2@46   19.62
 UP BOUND     p_g2@46   82.89
 UP BOUND     p_g3@46   108.67
 UP BOUND     p_g4@46   129.28
 UP BOUND     p_g5@46   68.57
 FX BOUND     p_g6@46   9.8
 LO BOUND     p_g7@46   19.37
 UP BOUND     p_g7@46   89.86
 UP BOUND     p_g8@46   77.36
 UP BOUND     p_g9@46   104.97
 UP BOUND     p_g10@46  48.59
 FX BOUND     p_g11@46  4.28
 MI BOUND     imp@46  
 UP BOUND     imp@46    19.91
 FR BOUND     f_l0@46 
 LO BOUND     f_l1@46   -109.97
 UP BOUND     f_l1@46   109.97
 LO BOUND     f_l2@46   -108.32
 UP BOUND     f_l2@46   108.32
 LO BOUND     f_l3@46   -43.54
 UP BOUND     f_l3@46   43.54
 LO BOUND     f_l4@46   -104.19
 UP BOUND     f_l4@46   104.19
 LO BOUND     f_l5@46   -54.78
 UP BOUND     f_l5@46   54.78
 LO BOUND     f_l6@46   -95.65
 UP BOUND     f_l6@46   95.65
 UP BOUND     ch_s0@46  54.66
 UP BOUND     dis_s0@46  54.66
 UP BOUND     soc_s0@46  218.64
 UP BOUND     ch_s1@46  62.77
 UP BOUND     dis_s1@46  62.77
 UP BOUND     soc_s1@46  251.06
 UP BOUND     ch_s2@46  54.03
 UP BOUND     dis_s2@46  54.03
 UP BOUND     soc_s2@46  216.13
 UP BOUND     p_g0@47   34.99
 FX BOUND     p_g1@47   3.2
 LO BOUND     p_g2@47   19.62
 UP BOUND     p_g2@47   90.96
 UP BOUND     p_g3@47   103.4
 UP BOUND     p_g4@47   131.16
 UP BOUND     p_g5@47   77.12
 FX BOUND     p_g6@47   13.36
 LO BOUND     p_g7@47   19.37
 UP BOUND     p_g7@47   81.75
 UP BOUND     p_g8@47   80.11
 UP BOUND     p_g9@47   105.55
 UP BOUND     p_g10@47  50.78
 FX BOUND     p_g11@47  3.86
 MI BOUND     imp@47  
 UP BOUND     imp@47    19.91
 FR BOUND     f_l0@47 
 LO BOUND     f_l1@47   -109.97
 UP BOUND     f_l1@47   109.97
 LO BOUND     f_l2@47   -108.32
 UP BOUND     f_l2@47   108.32
 LO BOUND     f_l3@47   -43.54
 UP BOUND     f_l3@47   43.54
 LO BOUND     f_l4@47   -104.19
 UP BOUND     f_l4@47   104.19
 LO BOUND     f_l5@47   -54.78
 UP BOUND     f_l5@47   54.78
 LO BOUND     f_l6@47   -95.65
 UP BOUND     f_l6@47   95.65
 UP BOUND     ch_s0@47  54.66
 UP BOUND     dis_s0@47  54.66
 UP BOUND     soc_s0@47  218.64
 UP BOUND     ch_s1@47  62.77
 UP BOUND     dis_s1@47  62.77
 UP BOUND     soc_s1@47  251.06
 UP BOUND     ch_s2@47  54.03
 UP BOUND     dis_s2@47  54.03
 UP BOUND     soc_s2@47  216.13
 UP BOUND     p_g0@48   32.33
 FX BOUND     p_g1@48   2.88
 LO BOUND     p_g2@48   19.62
 UP BOUND     p_g2@48   78.75
 UP BOUND     p_g3@48   100.71
 UP BOUND     p_g4@48   131.39
 UP BOUND     p_g5@48   69.95
 FX BOUND     p_g6@48   9.73
 LO BOUND     p_g7@48   19.37
 UP BOUND     p_g7@48   89.27
 UP BOUND     p_g8@48   87.21
 UP BOUND     p_g9@48   110.03
 UP BOUND     p_g10@48  51.39
 FX BOUND     p_g11@48  2.98
 MI BOUND     imp@48  
 UP BOUND     imp@48    19.91
 FR BOUND     f_l0@48 
 LO BOUND     f_l1@48   -109.97
 UP BOUND     f_l1@48   109.97
 LO BOUND     f_l2@48   -108.32
 UP BOUND     f_l2@48   108.32
 LO BOUND     f_l3@48   -43.54
 UP BOUND     f_l3@48   43.54
 LO BOUND     f_l4@48   -104.19
 UP BOUND     f_l4@48   104.19
 LO BOUND     f_l5@48   -54.78
 UP BOUND     f_l5@48   54.78
 LO BOUND     f_l6@48   -95.65
 UP BOUND     f_l6@48   95.65
 UP BOUND     ch_s0@48  54.66
 UP BOUND     dis_s0@48  54.66
 UP BOUND     soc_s0@48  218.64
 UP BOUND     ch_s1@48  62.77
 UP BOUND     dis_s1@48  62.77
 UP BOUND     soc_s1@48  251.06
 UP BOUND     ch_s2@48  54.03
 UP BOUND     dis_s2@48  54.03
 UP BOUND     soc_s2@48  216.13
 UP BOUND     p_g0@49   35.53
 FX BOUND     p_g1@49   3.22
 LO BOUND     p_g2@49   19.62
 UP BOUND     p_g2@49   88.8
 UP BOUND     p_g3@49   95.19
 UP BOUND     p_g4@49   126.58
 UP BOUND     p_g5@49   69
 FX BOUND     p_g6@49   8.28
 LO BOUND     p_g7@49   19.37
 UP BOUND     p_g7@49   83.63
 UP BOUND     p_g8@49   83.3
 UP BOUND     p_g9@49   98.53
 UP BOUND     p_g10@49  50.27
 FX BOUND     p_g11@49  2.73
 MI BOUND     imp@49  
 UP BOUND     imp@49    19.91
 FR BOUND     f_l0@49 
 LO BOUND     f_l1@49   -109.97
 UP BOUND     f_l1@49   109.97
 LO BOUND     f_l2@49   -108.32
 UP BOUND     f_l2@49   108.32
 LO BOUND     f_l3@49   -43.54
 UP BOUND     f_l3@49   43.54
 LO BOUND     f_l4@49   -104.19
 UP BOUND     f_l4@49   104.19
 LO BOUND     f_l5@49   -54.78
 UP BOUND     f_l5@49   54.78
 LO BOUND     f_l6@49   -95.65
 UP BOUND     f_l6@49   95.65
 UP BOUND     ch_s0@49  54.66
 UP BOUND     dis_s0@49  54.66
 UP BOUND     soc_s0@49  218.64
 UP BOUND     ch_s1@49  62.77
 UP BOUND     dis_s1@49  62.77
 UP BOUND     soc_s1@49  251.06
 UP BOUND     ch_s2@49  54.03
 UP BOUND     dis_s2@49  54.03
 UP BOUND     soc_s2@49  216.13
 UP BOUND     p_g0@50   37.22
 FX BOUND     p_g1@50   4.51
 LO BOUND     p_g2@50   19.62
 UP BOUND     p_g2@50   83.88
 UP BOUND     p_g3@50   94.04
 UP BOUND     p_g4@50   130.96
 UP BOUND     p_g5@50   68.15
 FX BOUND     p_g6@50   11.72
 LO BOUND     p_g7@50   19.37
 UP BOUND     p_g7@50   91.11
 UP BOUND     p_g8@50   82.4
 UP BOUND     p_g9@50   104.09
 UP BOUND     p_g10@50  48.74
 FX BOUND     p_g11@50  3
 MI BOUND     imp@50  
 UP BOUND     imp@50    19.91
 FR BOUND     f_l0@50 
 LO BOUND     f_l1@50   -109.97
 UP BOUND     f_l1@50   109.97
 LO BOUND     f_l2@50   -108.32
 UP BOUND     f_l2@50   108.32
 LO BOUND     f_l3@50   -43.54
 UP BOUND     f_l3@50   43.54
 LO BOUND     f_l4@50   -104.19
 UP BOUND     f_l4@50   104.19
 LO BOUND     f_l5@50   -54.78
 UP BOUND     f_l5@50   54.78
 LO BOUND     f_l6@50   -95.65
 UP BOUND     f_l6@50   95.65
 UP BOUND     ch_s0@50  54.66
 UP BOUND     dis_s0@50  54.66
 UP BOUND     soc_s0@50  218.64
 UP BOUND     ch_s1@50  62.77
 UP BOUND     dis_s1@50  62.77
 UP BOUND     soc_s1@50  251.06
 UP BOUND     ch_s2@50  54.03
 UP BOUND     dis_s2@50  54.03
 UP BOUND     soc_s2@50  216.13
 UP BOUND     p_g0@51   34.14
 FX BOUND     p_g1@51   4.8
 LO BOUND     p_g2@51   19.62
 UP BOUND     p_g2@51   89.99
 UP BOUND     p_g3@51   101.58
 UP BOUND     p_g4@51   142.79
 UP BOUND     p_g5@51   71.03
 FX BOUND     p_g6@51   10.84
 LO BOUND     p_g7@51   19.37
 UP BOUND     p_g7@51   87
 UP BOUND     p_g8@51   84.61
 UP BOUND     p_g9@51   99.14
 UP BOUND     p_g10@51  52.12
 FX BOUND     p_g11@51  2.44
 MI BOUND     imp@51  
 UP BOUND     imp@51    19.91
 FR BOUND     f_l0@51 
 LO BOUND     f_l1@51   -109.97
 UP BOUND     f_l1@51   109.97
 LO BOUND     f_l2@51   -108.32
 UP BOUND     f_l2@51   108.32
 LO BOUND     f_l3@51   -43.54
 UP BOUND     f_l3@51   43.54
 LO BOUND     f_l4@51   -104.19
 UP BOUND     f_l4@51   104.19
 LO BOUND     f_l5@51   -54.78
 UP BOUND     f_l5@51   54.78
 LO BOUND     f_l6@51   -95.65
 UP BOUND     f_l6@51   95.65
 UP BOUND     ch_s0@51  54.66
 UP BOUND     dis_s0@51  54.66
 UP BOUND     soc_s0@51  218.64
 UP BOUND     ch_s1@51  62.77
 UP BOUND     dis_s1@51  62.77
 UP BOUND     soc_s1@51  251.06
 UP BOUND     ch_s2@51  54.03
 UP BOUND     dis_s2@51  54.03
 UP BOUND     soc_s2@51  216.13
 UP BOUND     p_g0@52   33.62
 FX BOUND     p_g1@52   4.12
 LO BOUND     p_g2@52   19.62
 UP BOUND     p_g2@52   90.7
 UP BOUND     p_g3@52   94.24
 UP BOUND     p_g4@52   130.63
 UP BOUND     p_g5@52   74.78
 FX BOUND     p_g6@52   9.36
 LO BOUND     p_g7@52   19.37
 UP BOUND     p_g7@52   79.2
 UP BOUND     p_g8@52   79.45
 UP BOUND     p_g9@52   110.14
 UP BOUND     p_g10@52  53.08
 FX BOUND     p_g11@52  3.57
 MI BOUND     imp@52  
 UP BOUND     imp@52    19.91
 FR BOUND     f_l0@52 
 LO BOUND     f_l1@52   -109.97
 UP BOUND     f_l1@52   109.97
 LO BOUND     f_l2@52   -108.32
 UP BOUND     f_l2@52   108.32
 LO BOUND     f_l3@52   -43.54
 UP BOUND     f_l3@52   43.54
 LO BOUND     f_l4@52   -104.19
 UP BOUND     f_l4@52   104.19
 LO BOUND     f_l5@52   -54.78
 UP BOUND     f_l5@52   54.78
 LO BOUND     f_l6@52   -95.65
 UP BOUND     f_l6@52   95.65
 UP BOUND     ch_s0@52  54.66
 UP BOUND     dis_s0@52  54.66
 UP BOUND     soc_s0@52  218.64
 UP BOUND     ch_s1@52  62.77
 UP BOUND     dis_s1@52  62.77
 UP BOUND     soc_s1@52  251.06
 UP BOUND     ch_s2@52  54.03
 UP BOUND     dis_s2@52  54.03
 UP BOUND     soc_s2@52  216.13
 UP BOUND     p_g0@53   37.07
 FX BOUND     p_g1@53   3.25
 LO BOUND     p_g2@53   19.62
 UP BOUND     p_g2@53   80.7
 UP BOUND     p_g3@53   109.37
 UP BOUND     p_g4@53   127
 UP BOUND     p_g5@53   75.44
 FX BOUND     p_g6@53   10.93
 LO BOUND     p_g7@53   19.37
 UP BOUND     p_g7@53   83.25
 UP BOUND     p_g8@53   86.8
 UP BOUND     p_g9@53   95.34
 UP BOUND     p_g10@53  53.57
 FX BOUND     p_g11@53  3.23
 MI BOUND     imp@53  
 UP BOUND     imp@53    19.91
 FR BOUND     f_l0@53 
 LO BOUND     f_l1@53   -109.97
 UP BOUND     f_l1@53   109.97
 LO BOUND     f_l2@53   -108.32
 UP BOUND     f_l2@53   108.32
 LO BOUND     f_l3@53   -43.54
 UP BOUND     f_l3@53   43.54
 LO BOUND     f_l4@53   -104.19
 UP BOUND     f_l4@53   104.19
 LO BOUND     f_l5@53   -54.78
 UP BOUND     f_l5@53   54.78
 LO BOUND     f_l6@53   -95.65
 UP BOUND     f_l6@53   95.65
 UP BOUND     ch_s0@53  54.66
 UP BOUND     dis_s0@53  54.66
 UP BOUND     soc_s0@53  218.64
 UP BOUND     ch_s1@53  62.77
 UP BOUND     dis_s1@53  62.77
 UP BOUND     soc_s1@53  251.06
 UP BOUND     ch_s2@53  54.03
 UP BOUND     dis_s2@53  54.03
 UP BOUND     soc_s2@53  216.13
 UP BOUND     p_g0@54   36.37
 FX BOUND     p_g1@54   5.04
 LO BOUND     p_g2@54   19.62
 UP BOUND     p_g2@54   83.69
 UP BOUND     p_g3@54   97
 UP BOUND     p_g4@54   128.77
 UP BOUND     p_g5@54   73.37
 FX BOUND     p_g6@54   8.45
 LO BOUND     p_g7@54   19.37
 UP BOUND     p_g7@54   78.93
 UP BOUND     p_g8@54   79.44
 UP BOUND     p_g9@54   97.85
 UP BOUND     p_g10@54  51.57
 FX BOUND     p_g11@54  4.32
 MI BOUND     imp@54  
 UP BOUND     imp@54    19.91
 FR BOUND     f_l0@54 
 LO BOUND     f_l1@54   -109.97
 UP BOUND     f_l1@54   109.97
 LO BOUND     f_l2@54   -108.32
 UP BOUND     f_l2@54   108.32
 LO BOUND     f_l3@54   -43.54
 UP BOUND     f_l3@54   43.54
 LO BOUND     f_l4@54   -104.19
 UP BOUND     f_l4@54   104.19
 LO BOUND     f_l5@54   -54.78
 UP BOUND     f_l5@54   54.78
 LO BOUND     f_l6@54   -95.65
 UP BOUND     f_l6@54   95.65
 UP BOUND     ch_s0@54  54.66
 UP BOUND     dis_s0@54  54.66
 UP BOUND     soc_s0@54  218.64
 UP BOUND     ch_s1@54  62.77
 UP BOUND     dis_s1@54  62.77
 UP BOUND     soc_s1@54  251.06
 UP BOUND     ch_s2@54  54.03
 UP BOUND     dis_s2@54  54.03
 UP BOUND     soc_s2@54  216.13
 UP BOUND     p_g0@55   33.75
 FX BOUND     p_g1@55   4.97
 LO BOUND     p_g2@55   19.62
 UP BOUND     p_g2@55   79.2
 UP BOUND     p_g3@55   109.31
 UP BOUND     p_g4@55   131.24
 UP BOUND     p_g5@55   68.75
 FX BOUND     p_g6@55   7.15
 LO BOUND     p_g7@55   19.37
 UP BOUND     p_g7@55   83.8
 UP BOUND     p_g8@55   85.54
 UP BOUND     p_g9@55   96.13
 UP BOUND     p_g10@55  48.72
 FX BOUND     p_g11@55  3.2
 MI BOUND     imp@55  
 UP BOUND     imp@55    19.91
 FR BOUND     f_l0@55 
 LO BOUND     f_l1@55   -109.97
 UP BOUND     f_l1@55   109.97
 LO BOUND     f_l2@55   -108.32
 UP BOUND     f_l2@55   108.32
 LO BOUND     f_l3@55   -43.54
 UP BOUND     f_l3@55   43.54
 LO BOUND     f_l4@55   -104.19
 UP BOUND     f_l4@55   104.19
 LO BOUND     f_l5@55   -54.78
 UP BOUND     f_l5@55   54.78
 LO BOUND     f_l6@55   -95.65
 UP BOUND     f_l6@55   95.65
 UP BOUND     ch_s0@55  54.66
 UP BOUND     dis_s0@55  54.66
 UP BOUND     soc_s0@55  218.64
 UP BOUND     ch_s1@55  62.77
 UP BOUND     dis_s1@55  62.77
 UP BOUND     soc_s1@55  251.06
 UP BOUND     ch_s2@55  54.03
 UP BOUND     dis_s2@55  54.03
 UP BOUND     soc_s2@55  216.13
 UP BOUND     p_g0@56   37.4
 FX BOUND     p_g1@56   4.62
 LO BOUND     p_g2@56   19.62
 UP BOUND     p_g2@56   89.56
 UP BOUND     p_g3@56   102.02
 UP BOUND     p_g4@56   136.7
 UP BOUND     p_g5@56   76.75
 FX BOUND     p_g6@56   9.07
 LO BOUND     p_g7@56   19.37
 UP BOUND     p_g7@56   85.58
 UP BOUND     p_g8@56   88.67
 UP BOUND     p_g9@56   107.28
 UP BOUND     p_g10@56  46.78
 FX BOUND     p_g11@56  3.53
 MI BOUND     imp@56  
 UP BOUND     imp@56    19.91
 FR BOUND     f_l0@56 
 LO BOUND     f_l1@56   -109.97
 UP BOUND     f_l1@56   109.97
 LO BOUND     f_l2@56   -108.32
 UP BOUND     f_l2@56   108.32
 LO BOUND     f_l3@56   -43.54
 UP BOUND     f_l3@56   43.54
 LO BOUND     f_l4@56   -104.19
 UP BOUND     f_l4@56   104.19
 LO BOUND     f_l5@56   -54.78
 UP BOUND     f_l5@56   54.78
 LO BOUND     f_l6@56   -95.65
 UP BOUND     f_l6@56   95.65
 UP BOUND     ch_s0@56  54.66
 UP BOUND     dis_s0@56  54.66
 UP BOUND     soc_s0@56  218.64
 UP BOUND     ch_s1@56  62.77
 UP BOUND     dis_s1@56  62.77
 UP BOUND     soc_s1@56  251.06
 UP BOUND     ch_s2@56  54.03
 UP BOUND     dis_s2@56  54.03
 UP BOUND     soc_s2@56  216.13
 UP BOUND     p_g0@57   37.07
 FX BOUND     p_g1@57   3.24
 LO BOUND     p_g2@57   19.62
 UP BOUND     p_g2@57   78.53
 UP BOUND     p_g3@57   104.34
 UP BOUND     p_g4@57   134.56
 UP BOUND     p_g5@57   70.15
 FX BOUND     p_g6@57   12.46
 LO BOUND     p_g7@57   19.37
 UP BOUND     p_g7@57   84.33
 UP BOUND     p_g8@57   87.15
 UP BOUND     p_g9@57   110.05
 UP BOUND     p_g10@57  51.36
 FX BOUND     p_g11@57  2.63
 MI BOUND     imp@57  
 UP BOUND     imp@57    19.91
 FR BOUND     f_l0@57 
 LO BOUND     f_l1@57   -109.97
 UP BOUND     f_l1@57   109.97
 LO BOUND     f_l2@57   -108.32
 UP BOUND     f_l2@57   108.32
 LO BOUND     f_l3@57   -43.54
 UP BOUND     f_l3@57   43.54
 LO BOUND     f_l4@57   -104.19
 UP BOUND     f_l4@57   104.19
 LO BOUND     f_l5@57   -54.78
 UP BOUND     f_l5@57   54.78
 LO BOUND     f_l6@57   -95.65
 UP BOUND     f_l6@57   95.65
 UP BOUND     ch_s0@57  54.66
 UP BOUND     dis_s0@57  54.66
 UP BOUND     soc_s0@57  218.64
 UP BOUND     ch_s1@57  62.77
 UP BOUND     dis_s1@57  62.77
 UP BOUND     soc_s1@57  251.06
 UP BOUND     ch_s2@57  54.03
 UP BOUND     dis_s2@57  54.03
 UP BOUND     soc_s2@57  216.13
 UP BOUND     p_g0@58   35.42
 FX BOUND     p_g1@58   4.65
 LO BOUND     p_g2@58   19.62
 UP BOUND     p_g2@58   83.33
 UP BOUND     p_g3@58   94.49
 UP BOUND     p_g4@58   136.15
 UP BOUND     p_g5@58   71.56
 FX BOUND     p_g6@58   13.27
 LO BOUND     p_g7@58   19.37
 UP BOUND     p_g7@58   88.9
 UP BOUND     p_g8@58   86.08
 UP BOUND     p_g9@58   100.7
 UP BOUND     p_g10@58  50.83
 FX BOUND     p_g11@58  3.97
 MI BOUND     imp@58  
 UP BOUND     imp@58    19.91
 FR BOUND     f_l0@58 
 LO BOUND     f_l1@58   -109.97
 UP BOUND     f_l1@58   109.97
 LO BOUND     f_l2@58   -108.32
 UP BOUND     f_l2@58   108.32
 LO BOUND     f_l3@58   -43.54
 UP BOUND     f_l3@58   43.54
 LO BOUND     f_l4@58   -104.19
 UP BOUND     f_l4@58   104.19
 LO BOUND     f_l5@58   -54.78
 UP BOUND     f_l5@58   54.78
 LO BOUND     f_l6@58   -95.65
 UP BOUND     f_l6@58   95.65
 UP BOUND     ch_s0@58  54.66
 UP BOUND     dis_s0@58  54.66
 UP BOUND     soc_s0@58  218.64
 UP BOUND     ch_s1@58  62.77
 UP BOUND     dis_s1@58  62.77
 UP BOUND     soc_s1@58  251.06
 UP BOUND     ch_s2@58  54.03
 UP BOUND     dis_s2@58  54.03
 UP BOUND     soc_s2@58  216.13
 UP BOUND     p_g0@59   32.16
 FX BOUND     p_g1@59   2.95
 LO BOUND     p_g2@59   19.62
 UP BOUND     p_g2@59   80.26
 UP BOUND     p_g3@59   108.57
 UP BOUND     p_g4@59   122.07
 UP BOUND     p_g5@59   76.36
 FX BOUND     p_g6@59   7.93
 LO BOUND     p_g7@59   19.37
 UP BOUND     p_g7@59   78
 UP BOUND     p_g8@59   84.37
 UP BOUND     p_g9@59   101.41
 UP BOUND     p_g10@59  47.78
 FX BOUND     p_g11@59  2.76
 MI BOUND     imp@59  
 UP BOUND     imp@59    19.91
 FR BOUND     f_l0@59 
 LO BOUND     f_l1@59   -109.97
 UP BOUND     f_l1@59   109.97
 LO BOUND     f_l2@59   -108.32
 UP BOUND     f_l2@59   108.32
 LO BOUND     f_l3@59   -43.54
 UP BOUND     f_l3@59   43.54
 LO BOUND     f_l4@59   -104.19
 UP BOUND     f_l4@59   104.19
 LO BOUND     f_l5@59   -54.78
 UP BOUND     f_l5@59   54.78
 LO BOUND     f_l6@59   -95.65
 UP BOUND     f_l6@59   95.65
 UP BOUND     ch_s0@59  54.66
 UP BOUND     dis_s0@59  54.66
 UP BOUND     soc_s0@59  218.64
 UP BOUND     ch_s1@59  62.77
 UP BOUND     dis_s1@59  62.77
 UP BOUND     soc_s1@59  251.06
 UP BOUND     ch_s2@59  54.03
 UP BOUND     dis_s2@59  54.03
 UP BOUND     soc_s2@59  216.13
 UP BOUND     p_g0@60   37.36
 FX BOUND     p_g1@60   3.98
 LO BOUND     p_g2@60   19.62
 UP BOUND     p_g2@60   84.14
 UP BOUND     p_g3@60   99.42
 UP BOUND     p_g4@60   142.97
 UP BOUND     p_g5@60   70.77
 FX BOUND     p_g6@60   8.49
 LO BOUND     p_g7@60   19.37
 UP BOUND     p_g7@60   81.37
 UP BOUND     p_g8@60   85.93
 UP BOUND     p_g9@60   97.07
 UP BOUND     p_g10@60  47.99
 FX BOUND     p_g11@60  3.7
 MI BOUND     imp@60  
 UP BOUND     imp@60    19.91
 FR BOUND     f_l0@60 
 LO BOUND     f_l1@60   -109.97
 UP BOUND     f_l1@60   109.97
 LO BOUND     f_l2@60   -108.32
 UP BOUND     f_l2@60   108.32
 LO BOUND     f_l3@60   -43.54
 UP BOUND     f_l3@60   43.54
 LO BOUND     f_l4@60   -104.19
 UP BOUND     f_l4@60   104.19
 LO BOUND     f_l5@60   -54.78
 UP BOUND     f_l5@60   54.78
 LO BOUND     f_l6@60   -95.65
 UP BOUND     f_l6@60   95.65
 UP BOUND     ch_s0@60  54.66
 UP BOUND     dis_s0@60  54.66
 UP BOUND     soc_s0@60  218.64
 UP BOUND     ch_s1@60  62.77
 UP BOUND     dis_s1@60  62.77
 UP BOUND     soc_s1@60  251.06
 UP BOUND     ch_s2@60  54.03
 UP BOUND     dis_s2@60  54.03
 UP BOUND     soc_s2@60  216.13
 UP BOUND     p_g0@61   35.6
 FX BOUND     p_g1@61   3.94
 LO BOUND     p_g2@61   19.62
 UP BOUND     p_g2@61   81.6
 UP BOUND     p_g3@61   103.06
 UP BOUND     p_g4@61   124.66
 UP BOUND     p_g5@61   72.58
 FX BOUND     p_g6@61   8.21
 LO BOUND     p_g7@61   19.37
 UP BOUND     p_g7@61   78.51
 UP BOUND     p_g8@61   83.56
 UP BOUND     p_g9@61   101.34
 UP BOUND     p_g10@61  48.19
 FX BOUND     p_g11@61  3.32
 MI BOUND     imp@61  
 UP BOUND     imp@61    19.91
 FR BOUND     f_l0@61 
 LO BOUND     f_l1@61   -109.97
 UP BOUND     f_l1@61   109.97
 LO BOUND     f_l2@61   -108.32
 UP BOUND     f_l2@61   108.32
 LO BOUND     f_l3@61   -43.54
 UP BOUND     f_l3@61   43.54
 LO BOUND     f_l4@61   -104.19
 UP BOUND     f_l4@61   104.19
 LO BOUND     f_l5@61   -54.78
 UP BOUND     f_l5@61   54.78
 LO BOUND     f_l6@61   -95.65
 UP BOUND     f_l6@61   95.65
 UP BOUND     ch_s0@61  54.66
 UP BOUND     dis_s0@61  54.66
 UP BOUND     soc_s0@61  218.64
 UP BOUND     ch_s1@61  62.77
 UP BOUND     dis_s1@61  62.77
 UP BOUND     soc_s1@61  251.06
 UP BOUND     ch_s2@61  54.03
 UP BOUND     dis_s2@61  54.03
 UP BOUND     soc_s2@61  216.13
 UP BOUND     p_g0@62   37.55
 FX BOUND     p_g1@62   3.9
 LO BOUND     p_g2@62   19.62
 UP BOUND     p_g2@62   80.66
 UP BOUND     p_g3@62   98.82
 UP BOUND     p_g4@62   125.76
 UP BOUND     p_g5@62   71
 FX BOUND     p_g6@62   13.12
 LO BOUND     p_g7@62   19.37
 UP BOUND     p_g7@62   86.44
 UP BOUND     p_g8@62   86.39
 UP BOUND     p_g9@62   107.29
 UP BOUND     p_g10@62  47.43
 FX BOUND     p_g11@62  2.69
 MI BOUND     imp@62  
 UP BOUND     imp@62    19.91
 FR BOUND     f_l0@62 
 LO BOUND     f_l1@62   -109.97
 UP BOUND     f_l1@62   109.97
 LO BOUND     f_l2@62   -108.32
 UP BOUND     f_l2@62   108.32
 LO BOUND     f_l3@62   -43.54
 UP BOUND     f_l3@62   43.54
 LO BOUND     f_l4@62   -104.19
 UP BOUND     f_l4@62   104.19
 LO BOUND     f_l5@62   -54.78
 UP BOUND     f_l5@62   54.78
 LO BOUND     f_l6@62   -95.65
 UP BOUND     f_l6@62   95.65
 UP BOUND     ch_s0@62  54.66
 UP BOUND     dis_s0@62  54.66
 UP BOUND     soc_s0@62  218.64
 UP BOUND     ch_s1@62  62.77
 UP BOUND     dis_s1@62  62.77
 UP BOUND     soc_s1@62  251.06
 UP BOUND     ch_s2@62  54.03
 UP BOUND     dis_s2@62  54.03
 UP BOUND     soc_s2@62  216.13
 UP BOUND     p_g0@63   36.12
 FX BOUND     p_g1@63   4.43
 LO BOUND     p_g2@63   19.62
 UP BOUND     p_g2@63   90.4
 UP BOUND     p_g3@63   96.94
 UP BOUND     p_g4@63   130.94
 UP BOUND     p_g5@63   79.13
 FX BOUND     p_g6@63   8.86
 LO BOUND     p_g7@63   19.37
 UP BOUND     p_g7@63   87.1
 UP BOUND     p_g8@63   79.19
 UP BOUND     p_g9@63   107.13
 UP BOUND     p_g10@63  52.11
 FX BOUND     p_g11@63  2.55
 MI BOUND     imp@63  
 UP BOUND     imp@63    19.91
 FR BOUND     f_l0@63 
 LO BOUND     f_l1@63   -109.97
 UP BOUND     f_l1@63   109.97
 LO BOUND     f_l2@63   -108.32
 UP BOUND     f_l2@63   108.32
 LO BOUND     f_l3@63   -43.54
 UP BOUND     f_l3@63   43.54
 LO BOUND     f_l4@63   -104.19
 UP BOUND     f_l4@63   104.19
 LO BOUND     f_l5@63   -54.78
 UP BOUND     f_l5@63   54.78
 LO BOUND     f_l6@63   -95.65
 UP BOUND     f_l6@63   95.65
 UP BOUND     ch_s0@63  54.66
 UP BOUND     dis_s0@63  54.66
 UP BOUND     soc_s0@63  218.64
 UP BOUND     ch_s1@63  62.77
 UP BOUND     dis_s1@63  62.77
 UP BOUND     soc_s1@63  251.06
 UP BOUND     ch_s2@63  54.03
 UP BOUND     dis_s2@63  54.03
 UP BOUND     soc_s2@63  216.13
 UP BOUND     p_g0@64   36.39
 FX BOUND     p_g1@64   3.54
 LO BOUND     p_g2@64   19.62
 UP BOUND     p_g2@64   86.42
 UP BOUND     p_g3@64   108.76
 UP BOUND     p_g4@64   125
 UP BOUND     p_g5@64   77.87
 FX BOUND     p_g6@64   8.17
 LO BOUND     p_g7@64   19.37
 UP BOUND     p_g7@64   88.9
 UP BOUND     p_g8@64   83.17
 UP BOUND     p_g9@64   96.97
 UP BOUND     p_g10@64  46.13
 FX BOUND     p_g11@64  3.22
 MI BOUND     imp@64  
 UP BOUND     imp@64    19.91
 FR BOUND     f_l0@64 
 LO BOUND     f_l1@64   -109.97
 UP BOUND     f_l1@64   109.97
 LO BOUND     f_l2@64   -108.32
 UP BOUND     f_l2@64   108.32
 LO BOUND     f_l3@64   -43.54
 UP BOUND     f_l3@64   43.54
 LO BOUND     f_l4@64   -104.19
 UP BOUND     f_l4@64   104.19
 LO BOUND     f_l5@64   -54.78
 UP BOUND     f_l5@64   54.78
 LO BOUND     f_l6@64   -95.65
 UP BOUND     f_l6@64   95.65
 UP BOUND     ch_s0@64  54.66
 UP BOUND     dis_s0@64  54.66
 UP BOUND     soc_s0@64  218.64
 UP BOUND     ch_s1@64  62.77
 UP BOUND     dis_s1@64  62.77
 UP BOUND     soc_s1@64  251.06
 UP BOUND     ch_s2@64  54.03
 UP BOUND     dis_s2@64  54.03
 UP BOUND     soc_s2@64  216.13
 UP BOUND     p_g0@65   37.63
 FX BOUND     p_g1@65   4.05
 LO BOUND     p_g2@65   19.62
 UP BOUND     p_g2@65   86.09
 UP BOUND     p_g3@65   104.7
 UP BOUND     p_g4@65   132.76
 UP BOUND     p_g5@65   78.37
 FX BOUND     p_g6@65   8.5
 LO BOUND     p_g7@65   19.37
 UP BOUND     p_g7@65   85.42
 UP BOUND     p_g8@65   84.28
 UP BOUND     p_g9@65   107.17
 UP BOUND     p_g10@65  53.11
 FX BOUND     p_g11@65  4.69
 MI BOUND     imp@65  
 UP BOUND     imp@65    19.91
 FR BOUND     f_l0@65 
 LO BOUND     f_l1@65   -109.97
 UP BOUND     f_l1@65   109.97
 LO BOUND     f_l2@65   -108.32
 UP BOUND     f_l2@65   108.32
 LO BOUND     f_l3@65   -43.54
 UP BOUND     f_l3@65   43.54
 LO BOUND     f_l4@65   -104.19
 UP BOUND     f_l4@65   104.19
 LO BOUND     f_l5@65   -54.78
 UP BOUND     f_l5@65   54.78
 LO BOUND     f_l6@65   -95.65
 UP BOUND     f_l6@65   95.65
 UP BOUND     ch_s0@65  54.66
 UP BOUND     dis_s0@65  54.66
 UP BOUND     soc_s0@65  218.64
 UP BOUND     ch_s1@65  62.77
 UP BOUND     dis_s1@65  62.77
 UP BOUND     soc_s1@65  251.06
 UP BOUND     ch_s2@65  54.03
 UP BOUND     dis_s2@65  54.03
 UP BOUND     soc_s2@65  216.13
 UP BOUND     p_g0@66   35.85
 FX BOUND     p_g1@66   2.81
 LO BOUND     p_g2@66   19.62
 UP BOUND     p_g2@66   88.05
 UP BOUND     p_g3@66   105.12
 UP BOUND     p_g4@66   140.57
 UP BOUND     p_g5@66   79.04
 FX BOUND     p_g6@66   11.94
 LO BOUND     p_g7@66   19.37
 UP BOUND     p_g7@66   89.26
 UP BOUND     p_g8@66   78.22
 UP BOUND     p_g9@66   109.18
 UP BOUND     p_g10@66  50.14
 FX BOUND     p_g11@66  4.18
 MI BOUND     imp@66  
 UP BOUND     imp@66    19.91
 FR BOUND     f_l0@66 
 LO BOUND     f_l1@66   -109.97
 UP BOUND     f_l1@66   109.97
 LO BOUND     f_l2@66   -108.32
 UP BOUND     f_l2@66   108.32
 LO BOUND     f_l3@66   -43.54
 UP BOUND     f_l3@66   43.54
 LO BOUND     f_l4@66   -104.19
 UP BOUND     f_l4@66   104.19
 LO BOUND     f_l5@66   -54.78
 UP BOUND     f_l5@66   54.78
 LO BOUND     f_l6@66   -95.65
 UP BOUND     f_l6@66   95.65
 UP BOUND     ch_s0@66  54.66
 UP BOUND     dis_s0@66  54.66
 UP BOUND     soc_s0@66  218.64
 UP BOUND     ch_s1@66  62.77
 UP BOUND     dis_s1@66  62.77
 UP BOUND     soc_s1@66  251.06
 UP BOUND     ch_s2@66  54.03
 UP BOUND     dis_s2@66  54.03
 UP BOUND     soc_s2@66  216.13
 UP BOUND     p_g0@67   34.77
 FX BOUND     p_g1@67   5.52
 LO BOUND     p_g2@67   19.62
 UP BOUND     p_g2@67   82.59
 UP BOUND     p_g3@67   97.75
 UP BOUND     p_g4@67   123.52
 UP BOUND     p_g5@67   68.46
 FX BOUND     p_g6@67   7.55
 LO BOUND     p_g7@67   19.37
 UP BOUND     p_g7@67   88.79
 UP BOUND     p_g8@67   89.15
 UP BOUND     p_g9@67   102.41
 UP BOUND     p_g10@67  47.16
 FX BOUND     p_g11@67  4.75
 MI BOUND     imp@67  
 UP BOUND     imp@67    19.91
 FR BOUND     f_l0@67 
 LO BOUND     f_l1@67   -109.97
 UP BOUND     f_l1@67   109.97
 LO BOUND     f_l2@67   -108.32
 UP BOUND     f_l2@67   108.32
 LO BOUND     f_l3@67   -43.54
 UP BOUND     f_l3@67   43.54
 LO BOUND     f_l4@67   -104.19
 UP BOUND     f_l4@67   104.19
 LO BOUND     f_l5@67   -54.78
 UP BOUND     f_l5@67   54.78
 LO BOUND     f_l6@67   -95.65
 UP BOUND     f_l6@67   95.65
 UP BOUND     ch_s0@67  54.66
 UP BOUND     dis_s0@67  54.66
 UP BOUND     soc_s0@67  218.64
 UP BOUND     ch_s1@67  62.77
 UP BOUND     dis_s1@67  62.77
 UP BOUND     soc_s1@67  251.06
 UP BOUND     ch_s2@67  54.03
 UP BOUND     dis_s2@67  54.03
 UP BOUND     soc_s2@67  216.13
 UP BOUND     p_g0@68   37.27
 FX BOUND     p_g1@68   4.67
 LO BOUND     p_g2@68   19.62
 UP BOUND     p_g2@68   85.57
 UP BOUND     p_g3@68   103.54
 UP BOUND     p_g4@68   136.38
 UP BOUND     p_g5@68   71.88
 FX BOUND     p_g6@68   7.64
 LO BOUND     p_g7@68   19.37
 UP BOUND     p_g7@68   85.51
 UP BOUND     p_g8@68   87.12
 UP BOUND     p_g9@68   105.49
 UP BOUND     p_g10@68  47.83
 FX BOUND     p_g11@68  3.95
 MI BOUND     imp@68  
 UP BOUND     imp@68    19.91
 FR BOUND     f_l0@68 
 LO BOUND     f_l1@68   -109.97
 UP BOUND     f_l1@68   109.97
 LO BOUND     f_l2@68   -108.32
 UP BOUND     f_l2@68   108.32
 LO BOUND     f_l3@68   -43.54
 UP BOUND     f_l3@68   43.54
 LO BOUND     f_l4@68   -104.19
 UP BOUND     f_l4@68   104.19
 LO BOUND     f_l5@68   -54.78
 UP BOUND     f_l5@68   54.78
 LO BOUND     f_l6@68   -95.65
 UP BOUND     f_l6@68   95.65
 UP BOUND     ch_s0@68  54.66
 UP BOUND     dis_s0@68  54.66
 UP BOUND     soc_s0@68  218.64
 UP BOUND     ch_s1@68  62.77
 UP BOUND     dis_s1@68  62.77
 UP BOUND     soc_s1@68  251.06
 UP BOUND     ch_s2@68  54.03
 UP BOUND     dis_s2@68  54.03
 UP BOUND     soc_s2@68  216.13
 UP BOUND     p_g0@69   33.55
 FX BOUND     p_g1@69   3.28
 LO BOUND     p_g2@69   19.62
 UP BOUND     p_g2@69   83.82
 UP BOUND     p_g3@69   108.17
 UP BOUND     p_g4@69   133.07
 UP BOUND     p_g5@69   78.79
 FX BOUND     p_g6@69   8.85
 LO BOUND     p_g7@69   19.37
 UP BOUND     p_g7@69   89.13
 UP BOUND     p_g8@69   86.27
 UP BOUND     p_g9@69   107.86
 UP BOUND     p_g10@69  52.13
 FX BOUND     p_g11@69  3.72
 MI BOUND     imp@69  
 UP BOUND     imp@69    19.91
 FR BOUND     f_l0@69 
 LO BOUND     f_l1@69   -109.97
 UP BOUND     f_l1@69   109.97
 LO BOUND     f_l2@69   -108.32
 UP BOUND     f_l2@69   108.32
 LO BOUND     f_l3@69   -43.54
 UP BOUND     f_l3@69   43.54
 LO BOUND     f_l4@69   -104.19
 UP BOUND     f_l4@69   104.19
 LO BOUND     f_l5@69   -54.78
 UP BOUND     f_l5@69   54.78
 LO BOUND     f_l6@69   -95.65
 UP BOUND     f_l6@69   95.65
 UP BOUND     ch_s0@69  54.66
 UP BOUND     dis_s0@69  54.66
 UP BOUND     soc_s0@69  218.64
 UP BOUND     ch_s1@69  62.77
 UP BOUND     dis_s1@69  62.77
 UP BOUND     soc_s1@69  251.06
 UP BOUND     ch_s2@69  54.03
 UP BOUND     dis_s2@69  54.03
 UP BOUND     soc_s2@69  216.13
 UP BOUND     p_g0@70   34.42
 FX BOUND     p_g1@70   2.95
 LO BOUND     p_g2@70   19.62
 UP BOUND     p_g2@70   89.27
 UP BOUND     p_g3@70   107.58
 UP BOUND     p_g4@70   129.6
 UP BOUND     p_g5@70   70.62
 FX BOUND     p_g6@70   8.73
 LO BOUND     p_g7@70   19.37
 UP BOUND     p_g7@70   84.39
 UP BOUND     p_g8@70   81.1
 UP BOUND     p_g9@70   96.65
 UP BOUND     p_g10@70  51.25
 FX BOUND     p_g11@70  3.98
 MI BOUND     imp@70  
 UP BOUND     imp@70    19.91
 FR BOUND     f_l0@70 
 LO BOUND     f_l1@70   -109.97
 UP BOUND     f_l1@70   109.97
 LO BOUND     f_l2@70   -108.32
 UP BOUND     f_l2@70   108.32
 LO BOUND     f_l3@70   -43.54
 UP BOUND     f_l3@70   43.54
 LO BOUND     f_l4@70   -104.19
 UP BOUND     f_l4@70   104.19
 LO BOUND     f_l5@70   -54.78
 UP BOUND     f_l5@70   54.78
 LO BOUND     f_l6@70   -95.65
 UP BOUND     f_l6@70   95.65
 UP BOUND     ch_s0@70  54.66
 UP BOUND     dis_s0@70  54.66
 UP BOUND     soc_s0@70  218.64
 UP BOUND     ch_s1@70  62.77
 UP BOUND     dis_s1@70  62.77
 UP BOUND     soc_s1@70  251.06
 UP BOUND     ch_s2@70  54.03
 UP BOUND     dis_s2@70  54.03
 UP BOUND     soc_s2@70  216.13
 UP BOUND     p_g0@71   34.27
 FX BOUND     p_g1@71   4.98
 LO BOUND     p_g2@71   19.62
 UP BOUND     p_g2@71   90.03
 UP BOUND     p_g3@71   102.03
 UP BOUND     p_g4@71   140.22
 UP BOUND     p_g5@71   72.23
 FX BOUND     p_g6@71   11.24
 LO BOUND     p_g7@71   19.37
 UP BOUND     p_g7@71   77.49
 UP BOUND     p_g8@71   77.64
 UP BOUND     p_g9@71   109.28
 UP BOUND     p_g10@71  50.2
 FX BOUND     p_g11@71  3.32
 MI BOUND     imp@71  
 UP BOUND     imp@71    19.91
 FR BOUND     f_l0@71 
 LO BOUND     f_l1@71   -109.97
 UP BOUND     f_l1@71   109.97
 LO BOUND     f_l2@71   -108.32
 UP BOUND     f_l2@71   108.32
 LO BOUND     f_l3@71   -43.54
 UP BOUND     f_l3@71   43.54
 LO BOUND     f_l4@71   -104.19
 UP BOUND     f_l4@71   104.19
 LO BOUND     f_l5@71   -54.78
 UP BOUND     f_l5@71   54.78
 LO BOUND     f_l6@71   -95.65
 UP BOUND     f_l6@71   95.65
 UP BOUND     ch_s0@71  54.66
 UP BOUND     dis_s0@71  54.66
 UP BOUND     soc_s0@71  218.64
 UP BOUND     ch_s1@71  62.77
 UP BOUND     dis_s1@71  62.77
 UP BOUND     soc_s1@71  251.06
 UP BOUND     ch_s2@71  54.03
 UP BOUND     dis_s2@71  54.03
 UP BOUND     soc_s2@71  216.13
 UP BOUND     p_g0@72   35.09
 FX BOUND     p_g1@72   5.3
 LO BOUND     p_g2@72   19.62
 UP BOUND     p_g2@72   83.08
 UP BOUND     p_g3@72   101.69
 UP BOUND     p_g4@72   126.1
 UP BOUND     p_g5@72   77.61
 FX BOUND     p_g6@72   12.35
 LO BOUND     p_g7@72   19.37
 UP BOUND     p_g7@72   81.03
 UP BOUND     p_g8@72   81.61
 UP BOUND     p_g9@72   105.46
 UP BOUND     p_g10@72  47.2
 FX BOUND     p_g11@72  3.93
 MI BOUND     imp@72  
 UP BOUND     imp@72    19.91
 FR BOUND     f_l0@72 
 LO BOUND     f_l1@72   -109.97
 UP BOUND     f_l1@72   109.97
 LO BOUND     f_l2@72   -108.32
 UP BOUND     f_l2@72   108.32
 LO BOUND     f_l3@72   -43.54
 UP BOUND     f_l3@72   43.54
 LO BOUND     f_l4@72   -104.19
 UP BOUND     f_l4@72   104.19
 LO BOUND     f_l5@72   -54.78
 UP BOUND     f_l5@72   54.78
 LO BOUND     f_l6@72   -95.65
 UP BOUND     f_l6@72   95.65
 UP BOUND     ch_s0@72  54.66
 UP BOUND     dis_s0@72  54.66
 UP BOUND     soc_s0@72  218.64
 UP BOUND     ch_s1@72  62.77
 UP BOUND     dis_s1@72  62.77
 UP BOUND     soc_s1@72  251.06
 UP BOUND     ch_s2@72  54.03
 UP BOUND     dis_s2@72  54.03
 UP BOUND     soc_s2@72  216.13
 UP BOUND     p_g0@73   34.78
 FX BOUND     p_g1@73   3.74
 LO BOUND     p_g2@73   19.62
 UP BOUND     p_g2@73   81.54
 UP BOUND     p_g3@73   100.2
 UP BOUND     p_g4@73   123.08
 UP BOUND     p_g5@73   76.64
 FX BOUND     p_g6@73   10.88
 LO BOUND     p_g7@73   19.37
 UP BOUND     p_g7@73   86.89
 UP BOUND     p_g8@73   85.13
 UP BOUND     p_g9@73   103.24
 UP BOUND     p_g10@73  49.9
 FX BOUND     p_g11@73  3.59
 MI BOUND     imp@73  
 UP BOUND     imp@73    19.91
 FR BOUND     f_l0@73 
 LO BOUND     f_l1@73   -109.97
 UP BOUND     f_l1@73   109.97
 LO BOUND     f_l2@73   -108.32
 UP BOUND     f_l2@73   108.32
 LO BOUND     f_l3@73   -43.54
 UP BOUND     f_l3@73   43.54
 LO BOUND     f_l4@73   -104.19
 UP BOUND     f_l4@73   104.19
 LO BOUND     f_l5@73   -54.78
 UP BOUND     f_l5@73   54.78
 LO BOUND     f_l6@73   -95.65
 UP BOUND     f_l6@73   95.65
 UP BOUND     ch_s0@73  54.66
 UP BOUND     dis_s0@73  54.66
 UP BOUND     soc_s0@73  218.64
 UP BOUND     ch_s1@73  62.77
 UP BOUND     dis_s1@73  62.77
 UP BOUND     soc_s1@73  251.06
 UP BOUND     ch_s2@73  54.03
 UP BOUND     dis_s2@73  54.03
 UP BOUND     soc_s2@73  216.13
 UP BOUND     p_g0@74   32.29
 FX BOUND     p_g1@74   4.94
 LO BOUND     p_g2@74   19.62
 UP BOUND     p_g2@74   86.66
 UP BOUND     p_g3@74   107.46
 UP BOUND     p_g4@74   131.88
 UP BOUND     p_g5@74   73.99
 FX BOUND     p_g6@74   9.25
 LO BOUND     p_g7@74   19.37
 UP BOUND     p_g7@74   85.37
 UP BOUND     p_g8@74   83.12
 UP BOUND     p_g9@74   105.63
 UP BOUND     p_g10@74  49.93
 FX BOUND     p_g11@74  3.71
 MI BOUND     imp@74  
 UP BOUND     imp@74    19.91
 FR BOUND     f_l0@74 
 LO BOUND     f_l1@74   -109.97
 UP BOUND     f_l1@74   109.97
 LO BOUND     f_l2@74   -108.32
 UP BOUND     f_l2@74   108.32
 LO BOUND     f_l3@74   -43.54
 UP BOUND     f_l3@74   43.54
 LO BOUND     f_l4@74   -104.19
 UP BOUND     f_l4@74   104.19
 LO BOUND     f_l5@74   -54.78
 UP BOUND     f_l5@74   54.78
 LO BOUND     f_l6@74   -95.65
 UP BOUND     f_l6@74   95.65
 UP BOUND     ch_s0@74  54.66
 UP BOUND     dis_s0@74  54.66
 UP BOUND     soc_s0@74  218.64
 UP BOUND     ch_s1@74  62.77
 UP BOUND     dis_s1@74  62.77
 UP BOUND     soc_s1@74  251.06
 UP BOUND     ch_s2@74  54.03
 UP BOUND     dis_s2@74  54.03
 UP BOUND     soc_s2@74  216.13
 UP BOUND     p_g0@75   36.47
 FX BOUND     p_g1@75   3.32
 LO BOUND     p_g2@75   19.62
 UP BOUND     p_g2@75   79.54
 UP BOUND     p_g3@75   102.78
 UP BOUND     p_g4@75   141.33
 UP BOUND     p_g5@75   78.46
 FX BOUND     p_g6@75   9.42
 LO BOUND     p_g7@75   19.37
 UP BOUND     p_g7@75   83.14
 UP BOUND     p_g8@75   78.02
 UP BOUND     p_g9@75   95.64
 UP BOUND     p_g10@75  49.35
 FX BOUND     p_g11@75  3.69
 MI BOUND     imp@75  
 UP BOUND     imp@75    19.91
 FR BOUND     f_l0@75 
 LO BOUND     f_l1@75   -109.97
 UP BOUND     f_l1@75   109.97
 LO BOUND     f_l2@75   -108.32
 UP BOUND     f_l2@75   108.32
 LO BOUND     f_l3@75   -43.54
 UP BOUND     f_l3@75   43.54
 LO BOUND     f_l4@75   -104.19
 UP BOUND     f_l4@75   104.19
 LO BOUND     f_l5@75   -54.78
 UP BOUND     f_l5@75   54.78
 LO BOUND     f_l6@75   -95.65
 UP BOUND     f_l6@75   95.65
 UP BOUND     ch_s0@75  54.66
 UP BOUND     dis_s0@75  54.66
 UP BOUND     soc_s0@75  218.64
 UP BOUND     ch_s1@75  62.77
 UP BOUND     dis_s1@75  62.77
 UP BOUND     soc_s1@75  251.06
 UP BOUND     ch_s2@75  54.03
 UP BOUND     dis_s2@75  54.03
 UP BOUND     soc_s2@75  216.13
 UP BOUND     p_g0@76   36.6
 FX BOUND     p_g1@76   2.95
 LO BOUND     p_g2@76   19.62
 UP BOUND     p_g2@76   84.76
 UP BOUND     p_g3@76   108.53
 UP BOUND     p_g4@76   124.32
 UP BOUND     p_g5@76   70.06
 FX BOUND     p_g6@76   9.23
 LO BOUND     p_g7@76   19.37
 UP BOUND     p_g7@76   87.65
 UP BOUND     p_g8@76   88.15
 UP BOUND     p_g9@76   96.87
 UP BOUND     p_g10@76  46.52
 FX BOUND     p_g11@76  2.98
 MI BOUND     imp@76  
 UP BOUND     imp@76    19.91
 FR BOUND     f_l0@76 
 LO BOUND     f_l1@76   -109.97
 UP BOUND     f_l1@76   109.97
 LO BOUND     f_l2@76   -108.32
 UP BOUND     f_l2@76   108.32
 LO BOUND     f_l3@76   -43.54
 UP BOUND     f_l3@76   43.54
 LO BOUND     f_l4@76   -104.19
 UP BOUND     f_l4@76   104.19
 LO BOUND     f_l5@76   -54.78
 UP BOUND     f_l5@76   54.78
 LO BOUND     f_l6@76   -95.65
 UP BOUND     f_l6@76   95.65
 UP BOUND     ch_s0@76  54.66
 UP BOUND     dis_s0@76  54.66
 UP BOUND     soc_s0@76  218.64
 UP BOUND     ch_s1@76  62.77
 UP BOUND     dis_s1@76  62.77
 UP BOUND     soc_s1@76  251.06
 UP BOUND     ch_s2@76  54.03
 UP BOUND     dis_s2@76  54.03
 UP BOUND     soc_s2@76  216.13
 UP BOUND     p_g0@77   32.33
 FX BOUND     p_g1@77   3.01
 LO BOUND     p_g2@77   19.62
 UP BOUND     p_g2@77   78.88
 UP BOUND     p_g3@77   106.3
 UP BOUND     p_g4@77   122.89
 UP BOUND     p_g5@77   77.85
 FX BOUND     p_g6@77   12.97
 LO BOUND     p_g7@77   19.37
 UP BOUND     p_g7@77   88.5
 UP BOUND     p_g8@77   77.55
 UP BOUND     p_g9@77   103.35
 UP BOUND     p_g10@77  53.59
 FX BOUND     p_g11@77  3.01
 MI BOUND     imp@77  
 UP BOUND     imp@77    19.91
 FR BOUND     f_l0@77 
 LO BOUND     f_l1@77   -109.97
 UP BOUND     f_l1@77   109.97
 LO BOUND     f_l2@77   -108.32
 UP BOUND     f_l2@77   108.32
 LO BOUND     f_l3@77   -43.54
 UP BOUND     f_l3@77   43.54
 LO BOUND     f_l4@77   -104.19
 UP BOUND     f_l4@77   104.19
 LO BOUND     f_l5@77   -54.78
 UP BOUND     f_l5@77   54.78
 LO BOUND     f_l6@77   -95.65
 UP BOUND     f_l6@77   95.65
 UP BOUND     ch_s0@77  54.66
 UP BOUND     dis_s0@77  54.66
 UP BOUND     soc_s0@77  218.64
 UP BOUND     ch_s1@77  62.77
 UP BOUND     dis_s1@77  62.77
 UP BOUND     soc_s1@77  251.06
 UP BOUND     ch_s2@77  54.03
 UP BOUND     dis_s2@77  54.03
 UP BOUND     soc_s2@77  216.13
 UP BOUND     p_g0@78   34.38
 FX BOUND     p_g1@78   5.15
 LO BOUND     p_g2@78   19.62
 UP BOUND     p_g2@78   87.53
 UP BOUND     p_g3@78   107.25
 UP BOUND     p_g4@78   135.73
 UP BOUND     p_g5@78   70.16
 FX BOUND     p_g6@78   9.17
 LO BOUND     p_g7@78   19.37
 UP BOUND     p_g7@78   89.3
 UP BOUND     p_g8@78   78.77
 UP BOUND     p_g9@78   95.62
 UP BOUND     p_g10@78  48.11
 FX BOUND     p_g11@78  2.72
 MI BOUND     imp@78  
 UP BOUND     imp@78    19.91
 FR BOUND     f_l0@78 
 LO BOUND     f_l1@78   -109.97
 UP BOUND     f_l1@78   109.97
 LO BOUND     f_l2@78   -108.32
 UP BOUND     f_l2@78   108.32
 LO BOUND     f_l3@78   -43.54
 UP BOUND     f_l3@78   43.54
 LO BOUND     f_l4@78   -104.19
 UP BOUND     f_l4@78   104.19
 LO BOUND     f_l5@78   -54.78
 UP BOUND     f_l5@78   54.78
 LO BOUND     f_l6@78   -95.65
 UP BOUND     f_l6@78   95.65
 UP BOUND     ch_s0@78  54.66
 UP BOUND     dis_s0@78  54.66
 UP BOUND     soc_s0@78  218.64
 UP BOUND     ch_s1@78  62.77
 UP BOUND     dis_s1@78  62.77
 UP BOUND     soc_s1@78  251.06
 UP BOUND     ch_s2@78  54.03
 UP BOUND     dis_s2@78  54.03
 UP BOUND     soc_s2@78  216.13
 UP BOUND     p_g0@79   34.2
 FX BOUND     p_g1@79   2.89
 LO BOUND     p_g2@79   19.62
 UP BOUND     p_g2@79   83.91
 UP BOUND     p_g3@79   95.57
 UP BOUND     p_g4@79   133.23
 UP BOUND     p_g5@79   68.14
 FX BOUND     p_g6@79   10.73
 LO BOUND     p_g7@79   19.37
 UP BOUND     p_g7@79   89.42
 UP BOUND     p_g8@79   79.88
 UP BOUND     p_g9@79   94.86
 UP BOUND     p_g10@79  47.78
 FX BOUND     p_g11@79  3.16
 MI BOUND     imp@79  
 UP BOUND     imp@79    19.91
 FR BOUND     f_l0@79 
 LO BOUND     f_l1@79   -109.97
 UP BOUND     f_l1@79   109.97
 LO BOUND     f_l2@79   -108.32
 UP BOUND     f_l2@79   108.32
 LO BOUND     f_l3@79   -43.54
 UP BOUND     f_l3@79   43.54
 LO BOUND     f_l4@79   -104.19
 UP BOUND     f_l4@79   104.19
 LO BOUND     f_l5@79   -54.78
 UP BOUND     f_l5@79   54.78
 LO BOUND     f_l6@79   -95.65
 UP BOUND     f_l6@79   95.65
 UP BOUND     ch_s0@79  54.66
 UP BOUND     dis_s0@79  54.66
 UP BOUND     soc_s0@79  218.64
 UP BOUND     ch_s1@79  62.77
 UP BOUND     dis_s1@79  62.77
 UP BOUND     soc_s1@79  251.06
 UP BOUND     ch_s2@79  54.03
 UP BOUND     dis_s2@79  54.03
 UP BOUND     soc_s2@79  216.13
 UP BOUND     p_g0@80   36.74
 FX BOUND     p_g1@80   4.92
 LO BOUND     p_g2@80   19.62
 UP BOUND     p_g2@80   85.38
 UP BOUND     p_g3@80   108.73
 UP BOUND     p_g4@80   122.95
 UP BOUND     p_g5@80   69.9
 FX BOUND     p_g6@80   13.22
 LO BOUND     p_g7@80   19.37
 UP BOUND     p_g7@80   87.08
 UP BOUND     p_g8@80   85.36
 UP BOUND     p_g9@80   99.94
 UP BOUND     p_g10@80  49.82
 FX BOUND     p_g11@80  4.37
 MI BOUND     imp@80  
 UP BOUND     imp@80    19.91
 FR BOUND     f_l0@80 
 LO BOUND     f_l1@80   -109.97
 UP BOUND     f_l1@80   109.97
 LO BOUND     f_l2@80   -108.32
 UP BOUND     f_l2@80   108.32
 LO BOUND     f_l3@80   -43.54
 UP BOUND     f_l3@80   43.54
 LO BOUND     f_l4@80   -104.19
 UP BOUND     f_l4@80   104.19
 LO BOUND     f_l5@80   -54.78
 UP BOUND     f_l5@80   54.78
 LO BOUND     f_l6@80   -95.65
 UP BOUND     f_l6@80   95.65
 UP BOUND     ch_s0@80  54.66
 UP BOUND     dis_s0@80  54.66
 UP BOUND     soc_s0@80  218.64
 UP BOUND     ch_s1@80  62.77
 UP BOUND     dis_s1@80  62.77
 UP BOUND     soc_s1@80  251.06
 UP BOUND     ch_s2@80  54.03
 UP BOUND     dis_s2@80  54.03
 UP BOUND     soc_s2@80  216.13
 UP BOUND     p_g0@81   32.5
 FX BOUND     p_g1@81   3.25
 LO BOUND     p_g2@81   19.62
 UP BOUND     p_g2@81   90
 UP BOUND     p_g3@81   99.68
 UP BOUND     p_g4@81   124.54
 UP BOUND     p_g5@81   78.24
 FX BOUND     p_g6@81   9.16
 LO BOUND     p_g7@81   19.37
 UP BOUND     p_g7@81   79.74
 UP BOUND     p_g8@81   85.65
 UP BOUND     p_g9@81   103.88
 UP BOUND     p_g10@81  46.89
 FX BOUND     p_g11@81  4.37
 MI BOUND     imp@81  
 UP BOUND     imp@81    19.91
 FR BOUND     f_l0@81 
 LO BOUND     f_l1@81   -109.97
 UP BOUND     f_l1@81   109.97
 LO BOUND     f_l2@81   -108.32
 UP BOUND     f_l2@81   108.32
 LO BOUND     f_l3@81   -43.54
 UP BOUND     f_l3@81   43.54
 LO BOUND     f_l4@81   -104.19
 UP BOUND     f_l4@81   104.19
 LO BOUND     f_l5@81   -54.78
 UP BOUND     f_l5@81   54.78
 LO BOUND     f_l6@81   -95.65
 UP BOUND     f_l6@81   95.65
 UP BOUND     ch_s0@81  54.66
 UP BOUND     dis_s0@81  54.66
 UP BOUND     soc_s0@81  218.64
 UP BOUND     ch_s1@81  62.77
 UP BOUND     dis_s1@81  62.77
 UP BOUND     soc_s1@81  251.06
 UP BOUND     ch_s2@81  54.03
 UP BOUND     dis_s2@81  54.03
 UP BOUND     soc_s2@81  216.13
 UP BOUND     p_g0@82   33.43
 FX BOUND     p_g1@82   4.39
 LO BOUND     p_g2@82   19.62
 UP BOUND     p_g2@82   83
 UP BOUND     p_g3@82   107.5
 UP BOUND     p_g4@82   128.76
 UP BOUND     p_g5@82   67.97
 FX BOUND     p_g6@82   11.53
 LO BOUND     p_g7@82   19.37
 UP BOUND     p_g7@82   81.26
 UP BOUND     p_g8@82   84.36
 UP BOUND     p_g9@82   98.44
 UP BOUND     p_g10@82  48.1
 FX BOUND     p_g11@82  4.5
 MI BOUND     imp@82  
 UP BOUND     imp@82    19.91
 FR BOUND     f_l0@82 
 LO BOUND     f_l1@82   -109.97
 UP BOUND     f_l1@82   109.97
 LO BOUND     f_l2@82   -108.32
 UP BOUND     f_l2@82   108.32
 LO BOUND     f_l3@82   -43.54
 UP BOUND     f_l3@82   43.54
 LO BOUND     f_l4@82   -104.19
 UP BOUND     f_l4@82   104.19
 LO BOUND     f_l5@82   -54.78
 UP BOUND     f_l5@82   54.78
 LO BOUND     f_l6@82   -95.65
 UP BOUND     f_l6@82   95.65
 UP BOUND     ch_s0@82  54.66
 UP BOUND     dis_s0@82  54.66
 UP BOUND     soc_s0@82  218.64
 UP BOUND     ch_s1@82  62.77
 UP BOUND     dis_s1@82  62.77
 UP BOUND     soc_s1@82  251.06
 UP BOUND     ch_s2@82  54.03
 UP BOUND     dis_s2@82  54.03
 UP BOUND     soc_s2@82  216.13
 UP BOUND     p_g0@83   36.15
 FX BOUND     p_g1@83   5.53
 LO BOUND     p_g2@83   19.62
 UP BOUND     p_g2@83   91.72
 UP BOUND     p_g3@83   106.29
 UP BOUND     p_g4@83   133.75
 UP BOUND     p_g5@83   70.68
 FX BOUND     p_g6@83   6.81
 LO BOUND     p_g7@83   19.37
 UP BOUND     p_g7@83   85.14
 UP BOUND     p_g8@83   77.7
 UP BOUND     p_g9@83   109.89
 UP BOUND     p_g10@83  45.96
 FX BOUND     p_g11@83  2.67
 MI BOUND     imp@83  
 UP BOUND     imp@83    19.91
 FR BOUND     f_l0@83 
 LO BOUND     f_l1@83   -109.97
 UP BOUND     f_l1@83   109.97
 LO BOUND     f_l2@83   -108.32
 UP BOUND     f_l2@83   108.32
 LO BOUND     f_l3@83   -43.54
 UP BOUND     f_l3@83   43.54
 LO BOUND     f_l4@83   -104.19
 UP BOUND     f_l4@83   104.19
 LO BOUND     f_l5@83   -54.78
 UP BOUND     f_l5@83   54.78
 LO BOUND     f_l6@83   -95.65
 UP BOUND     f_l6@83   95.65
 UP BOUND     ch_s0@83  54.66
 UP BOUND     dis_s0@83  54.66
 UP BOUND     soc_s0@83  218.64
 UP BOUND     ch_s1@83  62.77
 UP BOUND     dis_s1@83  62.77
 UP BOUND     soc_s1@83  251.06
 UP BOUND     ch_s2@83  54.03
 UP BOUND     dis_s2@83  54.03
 UP BOUND     soc_s2@83  216.13
 UP BOUND     p_g0@84   37.58
 FX BOUND     p_g1@84   4.81
 LO BOUND     p_g2@84   19.62
 UP BOUND     p_g2@84   81.5
 UP BOUND     p_g3@84   102.66
 UP BOUND     p_g4@84   132.27
 UP BOUND     p_g5@84   75.57
 FX BOUND     p_g6@84   7.72
 LO BOUND     p_g7@84   19.37
 UP BOUND     p_g7@84   85.39
 UP BOUND     p_g8@84   85.48
 UP BOUND     p_g9@84   100.29
 UP BOUND     p_g10@84  49.25
 FX BOUND     p_g11@84  3.68
 MI BOUND     imp@84  
 UP BOUND     imp@84    19.91
 FR BOUND     f_l0@84 
 LO BOUND     f_l1@84   -109.97
 UP BOUND     f_l1@84   109.97
 LO BOUND     f_l2@84   -108.32
 UP BOUND     f_l2@84   108.32
 LO BOUND     f_l3@84   -43.54
 UP BOUND     f_l3@84   43.54
 LO BOUND     f_l4@84   -104.19
 UP BOUND     f_l4@84   104.19
 LO BOUND     f_l5@84   -54.78
 UP BOUND     f_l5@84   54.78
 LO BOUND     f_l6@84   -95.65
 UP BOUND     f_l6@84   95.65
 UP BOUND     ch_s0@84  54.66
 UP BOUND     dis_s0@84  54.66
 UP BOUND     soc_s0@84  218.64
 UP BOUND     ch_s1@84  62.77
 UP BOUND     dis_s1@84  62.77
 UP BOUND     soc_s1@84  251.06
 UP BOUND     ch_s2@84  54.03
 UP BOUND     dis_s2@84  54.03
 UP BOUND     soc_s2@84  216.13
 UP BOUND     p_g0@85   35.75
 FX BOUND     p_g1@85   4.44
 LO BOUND     p_g2@85   19.62
 UP BOUND     p_g2@85   78.78
 UP BOUND     p_g3@85   95.18
 UP BOUND     p_g4@85   127.86
 UP BOUND     p_g5@85   72.89
 FX BOUND     p_g6@85   9.24
 LO BOUND     p_g7@85   19.37
 UP BOUND     p_g7@85   78.52
 UP BOUND     p_g8@85   80.05
 UP BOUND     p_g9@85   95.38
 UP BOUND     p_g10@85  47.78
 FX BOUND     p_g11@85  3.49
 MI BOUND     imp@85  
 UP BOUND     imp@85    19.91
 FR BOUND     f_l0@85 
 LO BOUND     f_l1@85   -109.97
 UP BOUND     f_l1@85   109.97
 LO BOUND     f_l2@85   -108.32
 UP BOUND     f_l2@85   108.32
 LO BOUND     f_l3@85   -43.54
 UP BOUND     f_l3@85   43.54
 LO BOUND     f_l4@85   -104.19
 UP BOUND     f_l4@85   104.19
 LO BOUND     f_l5@85   -54.78
 UP BOUND     f_l5@85   54.78
 LO BOUND     f_l6@85   -95.65
 UP BOUND     f_l6@85   95.65
 UP BOUND     ch_s0@85  54.66
 UP BOUND     dis_s0@85  54.66
 UP BOUND     soc_s0@85  218.64
 UP BOUND     ch_s1@85  62.77
 UP BOUND     dis_s1@85  62.77
 UP BOUND     soc_s1@85  251.06
 UP BOUND     ch_s2@85  54.03
 UP BOUND     dis_s2@85  54.03
 UP BOUND     soc_s2@85  216.13
 UP BOUND     p_g0@86   35.96
 FX BOUND     p_g1@86   4.83
 LO BOUND     p_g2@86   19.62
 UP BOUND     p_g2@86   83.26
 UP BOUND     p_g3@86   102.56
 UP BOUND     p_g4@86   124.56
 UP BOUND     p_g5@86   77.97
 FX BOUND     p_g6@86   9.23
 LO BOUND     p_g7@86   19.37
 UP BOUND     p_g7@86   85.14
 UP BOUND     p_g8@86   77.67
 UP BOUND     p_g9@86   106.38
 UP BOUND     p_g10@86  49.03
 FX BOUND     p_g11@86  4.6
 MI BOUND     imp@86  
 UP BOUND     imp@86    19.91
 FR BOUND     f_l0@86 
 LO BOUND     f_l1@86   -109.97
 UP BOUND     f_l1@86   109.97
 LO BOUND     f_l2@86   -108.32
 UP BOUND     f_l2@86   108.32
 LO BOUND     f_l3@86   -43.54
 UP BOUND     f_l3@86   43.54
 LO BOUND     f_l4@86   -104.19
 UP BOUND     f_l4@86   104.19
 LO BOUND     f_l5@86   -54.78
 UP BOUND     f_l5@86   54.78
 LO BOUND     f_l6@86   -95.65
 UP BOUND     f_l6@86   95.65
 UP BOUND     ch_s0@86  54.66
 UP BOUND     dis_s0@86  54.66
 UP BOUND     soc_s0@86  218.64
 UP BOUND     ch_s1@86  62.77
 UP BOUND     dis_s1@86  62.77
 UP BOUND     soc_s1@86  251.06
 UP BOUND     ch_s2@86  54.03
 UP BOUND     dis_s2@86  54.03
 UP BOUND     soc_s2@86  216.13
 UP BOUND     p_g0@87   33.5
 FX BOUND     p_g1@87   3.4
 LO BOUND     p_g2@87   19.62
 UP BOUND     p_g2@87   91.27
 UP BOUND     p_g3@87   97.66
 UP BOUND     p_g4@87   138.69
 UP BOUND     p_g5@87   70.88
 FX BOUND     p_g6@87   13.38
 LO BOUND     p_g7@87   19.37
 UP BOUND     p_g7@87   87.03
 UP BOUND     p_g8@87   87.74
 UP BOUND     p_g9@87   96.42
 UP BOUND     p_g10@87  48.39
 FX BOUND     p_g11@87  4.2
 MI BOUND     imp@87  
 UP BOUND     imp@87    19.91
 FR BOUND     f_l0@87 
 LO BOUND     f_l1@87   -109.97
 UP BOUND     f_l1@87   109.97
 LO BOUND     f_l2@87   -108.32
 UP BOUND     f_l2@87   108.32
 LO BOUND     f_l3@87   -43.54
 UP BOUND     f_l3@87   43.54
 LO BOUND     f_l4@87   -104.19
 UP BOUND     f_l4@87   104.19
 LO BOUND     f_l5@87   -54.78
 UP BOUND     f_l5@87   54.78
 LO BOUND     f_l6@87   -95.65
 UP BOUND     f_l6@87   95.65
 UP BOUND     ch_s0@87  54.66
 UP BOUND     dis_s0@87  54.66
 UP BOUND     soc_s0@87  218.64
 UP BOUND     ch_s1@87  62.77
 UP BOUND     dis_s1@87  62.77
 UP BOUND     soc_s1@87  251.06
 UP BOUND     ch_s2@87  54.03
 UP BOUND     dis_s2@87  54.03
 UP BOUND     soc_s2@87  216.13
 UP BOUND     p_g0@88   32.36
 FX BOUND     p_g1@88   4.29
 LO BOUND     p_g2@88   19.62
 UP BOUND     p_g2@88   83.27
 UP BOUND     p_g3@88   94.63
 UP BOUND     p_g4@88   129.6
 UP BOUND     p_g5@88   71.13
 FX BOUND     p_g6@88   8.77
 LO BOUND     p_g7@88   19.37
 UP BOUND     p_g7@88   79.38
 UP BOUND     p_g8@88   86.87
 UP BOUND     p_g9@88   94.78
 UP BOUND     p_g10@88  48.41
 FX BOUND     p_g11@88  3.33
 MI BOUND     imp@88  
 UP BOUND     imp@88    19.91
 FR BOUND     f_l0@88 
 LO BOUND     f_l1@88   -109.97
 UP BOUND     f_l1@88   109.97
 LO BOUND     f_l2@88   -108.32
 UP BOUND     f_l2@88   108.32
 LO BOUND     f_l3@88   -43.54
 UP BOUND     f_l3@88   43.54
 LO BOUND     f_l4@88   -104.19
 UP BOUND     f_l4@88   104.19
 LO BOUND     f_l5@88   -54.78
 UP BOUND     f_l5@88   54.78
 LO BOUND     f_l6@88   -95.65
 UP BOUND     f_l6@88   95.65
 UP BOUND     ch_s0@88  54.66
 UP BOUND     dis_s0@88  54.66
 UP BOUND     soc_s0@88  218.64
 UP BOUND     ch_s1@88  62.77
 UP BOUND     dis_s1@88  62.77
 UP BOUND     soc_s1@88  251.06
 UP BOUND     ch_s2@88  54.03
 UP BOUND     dis_s2@88  54.03
 UP BOUND     soc_s2@88  216.13
 UP BOUND     p_g0@89   34.82
 FX BOUND     p_g1@89   3.61
 LO BOUND     p_g2@89   19.62
 UP BOUND     p_g2@89   80.61
 UP BOUND     p_g3@89   96.72
 UP BOUND     p_g4@89   129.51
 UP BOUND     p_g5@89   76.79
 FX BOUND     p_g6@89   11.85
 LO BOUND     p_g7@89   19.37
 UP BOUND     p_g7@89   85.81
 UP BOUND     p_g8@89   80.15
 UP BOUND     p_g9@89   103.53
 UP BOUND     p_g10@89  53.85
 FX BOUND     p_g11@89  3.36
 MI BOUND     imp@89  
 UP BOUND     imp@89    19.91
 FR BOUND     f_l0@89 
 LO BOUND     f_l1@89   -109.97
 UP BOUND     f_l1@89   109.97
 LO BOUND     f_l2@89   -108.32
 UP BOUND     f_l2@89   108.32
 LO BOUND     f_l3@89   -43.54
 UP BOUND     f_l3@89   43.54
 LO BOUND     f_l4@89   -104.19
 UP BOUND     f_l4@89   104.19
 LO BOUND     f_l5@89   -54.78
 UP BOUND     f_l5@89   54.78
 LO BOUND     f_l6@89   -95.65
 UP BOUND     f_l6@89   95.65
 UP BOUND     ch_s0@89  54.66
 UP BOUND     dis_s0@89  54.66
 UP BOUND     soc_s0@89  218.64
 UP BOUND     ch_s1@89  62.77
 UP BOUND     dis_s1@89  62.77
 UP BOUND     soc_s1@89  251.06
 UP BOUND     ch_s2@89  54.03
 UP BOUND     dis_s2@89  54.03
 UP BOUND     soc_s2@89  216.13
 UP BOUND     p_g0@90   36.52
 FX BOUND     p_g1@90   5.06
 LO BOUND     p_g2@90   19.62
 UP BOUND     p_g2@90   87.23
 UP BOUND     p_g3@90   103.85
 UP BOUND     p_g4@90   134.12
 UP BOUND     p_g5@90   71.73
 FX BOUND     p_g6@90   13.45
 LO BOUND     p_g7@90   19.37
 UP BOUND     p_g7@90   80.36
 UP BOUND     p_g8@90   89.21
 UP BOUND     p_g9@90   95.85
 UP BOUND     p_g10@90  51.7
 FX BOUND     p_g11@90  2.86
 MI BOUND     imp@90  
 UP BOUND     imp@90    19.91
 FR BOUND     f_l0@90 
 LO BOUND     f_l1@90   -109.97
 UP BOUND     f_l1@90   109.97
 LO BOUND     f_l2@90   -108.32
 UP BOUND     f_l2@90   108.32
 LO BOUND     f_l3@90   -43.54
 UP BOUND     f_l3@90   43.54
 LO BOUND     f_l4@90   -104.19
 UP BOUND     f_l4@90   104.19
 LO BOUND     f_l5@90   -54.78
 UP BOUND     f_l5@90   54.78
 LO BOUND     f_l6@90   -95.65
 UP BOUND     f_l6@90   95.65
 UP BOUND     ch_s0@90  54.66
 UP BOUND     dis_s0@90  54.66
 UP BOUND     soc_s0@90  218.64
 UP BOUND     ch_s1@90  62.77
 UP BOUND     dis_s1@90  62.77
 UP BOUND     soc_s1@90  251.06
 UP BOUND     ch_s2@90  54.03
 UP BOUND     dis_s2@90  54.03
 UP BOUND     soc_s2@90  216.13
 UP BOUND     p_g0@91   35.83
 FX BOUND     p_g1@91   3.38
 LO BOUND     p_g2@91   19.62
 UP BOUND     p_g2@91   90.74
 UP BOUND     p_g3@91   105.81
 UP BOUND     p_g4@91   132.48
 UP BOUND     p_g5@91   76.6
 FX BOUND     p_g6@91   9.03
 LO BOUND     p_g7@91   19.37
 UP BOUND     p_g7@91   90.87
 UP BOUND     p_g8@91   87.49
 UP BOUND     p_g9@91   102.12
 UP BOUND     p_g10@91  46.53
 FX BOUND     p_g11@91  3.22
 MI BOUND     imp@91  
 UP BOUND     imp@91    19.91
 FR BOUND     f_l0@91 
 LO BOUND     f_l1@91   -109.97
 UP BOUND     f_l1@91   109.97
 LO BOUND     f_l2@91   -108.32
 UP BOUND     f_l2@91   108.32
 LO BOUND     f_l3@91   -43.54
 UP BOUND     f_l3@91   43.54
 LO BOUND     f_l4@91   -104.19
 UP BOUND     f_l4@91   104.19
 LO BOUND     f_l5@91   -54.78
 UP BOUND     f_l5@91   54.78
 LO BOUND     f_l6@91   -95.65
 UP BOUND     f_l6@91   95.65
 UP BOUND     ch_s0@91  54.66
 UP BOUND     dis_s0@91  54.66
 UP BOUND     soc_s0@91  218.64
 UP BOUND     ch_s1@91  62.77
 UP BOUND     dis_s1@91  62.77
 UP BOUND     soc_s1@91  251.06
 UP BOUND     ch_s2@91  54.03
 UP BOUND     dis_s2@91  54.03
 UP BOUND     soc_s2@91  216.13
 UP BOUND     p_g0@92   33.61
 FX BOUND     p_g1@92   3.82
 LO BOUND     p_g2@92   19.62
 UP BOUND     p_g2@92   86.35
 UP BOUND     p_g3@92   94.96
 UP BOUND     p_g4@92   140.08
 UP BOUND     p_g5@92   73.8
 FX BOUND     p_g6@92   11.19
 LO BOUND     p_g7@92   19.37
 UP BOUND     p_g7@92   87.43
 UP BOUND     p_g8@92   78.08
 UP BOUND     p_g9@92   109.88
 UP BOUND     p_g10@92  45.94
 FX BOUND     p_g11@92  4.56
 MI BOUND     imp@92  
 UP BOUND     imp@92    19.91
 FR BOUND     f_l0@92 
 LO BOUND     f_l1@92   -109.97
 UP BOUND     f_l1@92   109.97
 LO BOUND     f_l2@92   -108.32
 UP BOUND     f_l2@92   108.32
 LO BOUND     f_l3@92   -43.54
 UP BOUND     f_l3@92   43.54
 LO BOUND     f_l4@92   -104.19
 UP BOUND     f_l4@92   104.19
 LO BOUND     f_l5@92   -54.78
 UP BOUND     f_l5@92   54.78
 LO BOUND     f_l6@92   -95.65
 UP BOUND     f_l6@92   95.65
 UP BOUND     ch_s0@92  54.66
 UP BOUND     dis_s0@92  54.66
 UP BOUND     soc_s0@92  218.64
 UP BOUND     ch_s1@92  62.77
 UP BOUND     dis_s1@92  62.77
 UP BOUND     soc_s1@92  251.06
 UP BOUND     ch_s2@92  54.03
 UP BOUND     dis_s2@92  54.03
 UP BOUND     soc_s2@92  216.13
 UP BOUND     p_g0@93   36.54
 FX BOUND     p_g1@93   3.61
 LO BOUND     p_g2@93   19.62
 UP BOUND     p_g2@93   86.93
 UP BOUND     p_g3@93   97.84
 UP BOUND     p_g4@93   134.79
 UP BOUND     p_g5@93   79.68
 FX BOUND     p_g6@93   9.71
 LO BOUND     p_g7@93   19.37
 UP BOUND     p_g7@93   87.25
 UP BOUND     p_g8@93   78.37
 UP BOUND     p_g9@93   103.54
 UP BOUND     p_g10@93  47.45
 FX BOUND     p_g11@93  4.26
 MI BOUND     imp@93  
 UP BOUND     imp@93    19.91
 FR BOUND     f_l0@93 
 LO BOUND     f_l1@93   -109.97
 UP BOUND     f_l1@93   109.97
 LO BOUND     f_l2@93   -108.32
 UP BOUND     f_l2@93   108.32
 LO BOUND     f_l3@93   -43.54
 UP BOUND     f_l3@93   43.54
 LO BOUND     f_l4@93   -104.19
 UP BOUND     f_l4@93   104.19
 LO BOUND     f_l5@93   -54.78
 UP BOUND     f_l5@93   54.78
 LO BOUND     f_l6@93   -95.65
 UP BOUND     f_l6@93   95.65
 UP BOUND     ch_s0@93  54.66
 UP BOUND     dis_s0@93  54.66
 UP BOUND     soc_s0@93  218.64
 UP BOUND     ch_s1@93  62.77
 UP BOUND     dis_s1@93  62.77
 UP BOUND     soc_s1@93  251.06
 UP BOUND     ch_s2@93  54.03
 UP BOUND     dis_s2@93  54.03
 UP BOUND     soc_s2@93  216.13
 UP BOUND     p_g0@94   33.22
 FX BOUND     p_g1@94   3.65
 LO BOUND     p_g2@94   19.62
 UP BOUND     p_g2@94   89.71
 UP BOUND     p_g3@94   103.88
 UP BOUND     p_g4@94   132.42
 UP BOUND     p_g5@94   78.98
 FX BOUND     p_g6@94   11.17
 LO BOUND     p_g7@94   19.37
 UP BOUND     p_g7@94   84.34
 UP BOUND     p_g8@94   76.56
 UP BOUND     p_g9@94   110.9
 UP BOUND     p_g10@94  53.63
 FX BOUND     p_g11@94  3.54
 MI BOUND     imp@94  
 UP BOUND     imp@94    19.91
 FR BOUND     f_l0@94 
 LO BOUND     f_l1@94   -109.97
 UP BOUND     f_l1@94   109.97
 LO BOUND     f_l2@94   -108.32
 UP BOUND     f_l2@94   108.32
 LO BOUND     f_l3@94   -43.54
 UP BOUND     f_l3@94   43.54
 LO BOUND     f_l4@94   -104.19
 UP BOUND     f_l4@94   104.19
 LO BOUND     f_l5@94   -54.78
 UP BOUND     f_l5@94   54.78
 LO BOUND     f_l6@94   -95.65
 UP BOUND     f_l6@94   95.65
 UP BOUND     ch_s0@94  54.66
 UP BOUND     dis_s0@94  54.66
 UP BOUND     soc_s0@94  218.64
 UP BOUND     ch_s1@94  62.77
 UP BOUND     dis_s1@94  62.77
 UP BOUND     soc_s1@94  251.06
 UP BOUND     ch_s2@94  54.03
 UP BOUND     dis_s2@94  54.03
 UP BOUND     soc_s2@94  216.13
 UP BOUND     p_g0@95   32.56
 FX BOUND     p_g1@95   5.1
 LO BOUND     p_g2@95   19.62
 UP BOUND     p_g2@95   86.31
 UP BOUND     p_g3@95   107.12
 UP BOUND     p_g4@95   130.54
 UP BOUND     p_g5@95   76.75
 FX BOUND     p_g6@95   7
 LO BOUND     p_g7@95   19.37
 UP BOUND     p_g7@95   89.79
 UP BOUND     p_g8@95   85.83
 UP BOUND     p_g9@95   110.93
 UP BOUND     p_g10@95  52.3
 FX BOUND     p_g11@95  3.5
 MI BOUND     imp@95  
 UP BOUND     imp@95    19.91
 FR BOUND     f_l0@95 
 LO BOUND     f_l1@95   -109.97
 UP BOUND     f_l1@95   109.97
 LO BOUND     f_l2@95   -108.32
 UP BOUND     f_l2@95   108.32
 LO BOUND     f_l3@95   -43.54
 UP BOUND     f_l3@95   43.54
 LO BOUND     f_l4@95   -104.19
 UP BOUND     f_l4@95   104.19
 LO BOUND     f_l5@95   -54.78
 UP BOUND     f_l5@95   54.78
 LO BOUND     f_l6@95   -95.65
 UP BOUND     f_l6@95   95.65
 UP BOUND     ch_s0@95  54.66
 UP BOUND     dis_s0@95  54.66
 UP BOUND     soc_s0@95  218.64
 UP BOUND     ch_s1@95  62.77
 UP BOUND     dis_s1@95  62.77
 UP BOUND     soc_s1@95  251.06
 UP BOUND     ch_s2@95  54.03
 UP BOUND     dis_s2@95  54.03
 UP BOUND     soc_s2@95  216.13
ENDATA
