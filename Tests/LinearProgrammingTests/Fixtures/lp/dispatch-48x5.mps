NAME        dispatch-48x5
ROWS
 N  Obj     
 E  bal_b0@0
 E  bal_b1@0
 E  bal_b2@0
 E  bal_b3@0
 E  bal_b4@0
 L  reserve@0
 G  mustrun@0
 E  bal_b0@1
 E  bal_b1@1
 E  bal_b2@1
 E  bal_b3@1
 E  bal_b4@1
 L  ramp_g0@1
 L  ramp_g2@1
 L  ramp_g3@1
 L  ramp_g4@1
 L  ramp_g5@1
 L  ramp_g7@1
 L  ramp_g8@1
 L  ramp_g9@1
 E  soc_s0@1
 E  soc_s1@1
 L  reserve@1
 G  mustrun@1
 E  bal_b0@2
 E  bal_b1@2
 E  bal_b2@2
 E  bal_b3@2
 E  bal_b4@2
 L  ramp_g0@2
 L  ramp_g2@2
 L  ramp_g3@2
 L  ramp_g4@2
 L  ramp_g5@2
 L  ramp_g7@2
 L  ramp_g8@2
 L  ramp_g9@2
 E  soc_s0@2
 E  soc_s1@2
 L  reserve@2
 G  mustrun@2
 E  bal_b0@3
 E  bal_b1@3
 E  bal_b2@3
 E  bal_b3@3
 E  bal_b4@3
 L  ramp_g0@3
 L  ramp_g2@3
 L  ramp_g3@3
 L  ramp_g4@3
 L  ramp_g5@3
 L  ramp_g7@3
 L  ramp_g8@3
 L  ramp_g9@3
 E  soc_s0@3
 E  soc_s1@3
 L  reserve@3
 G  mustrun@3
 E  bal_b0@4
 E  bal_b1@4
 E  bal_b2@4
 E  bal_b3@4
 E  bal_b4@4
 L  ramp_g0@4
 L  ramp_g2@4
 L  ramp_g3@4
 L  ramp_g4@4
 L  ramp_g5@4
 L  ramp_g7@4
 L  ramp_g8@4
 L  ramp_g9@4
 E  soc_s0@4
 E  soc_s1@4
 L  reserve@4
 G  mustrun@4
 E  bal_b0@5
 E  bal_b1@5
 E  bal_b2@5
 E  bal_b3@5
 E  bal_b4@5
 L  ramp_g0@5
 L  ramp_g2@5
 L  ramp_g3@5
 L  ramp_g4@5
 L  ramp_g5@5
 L  ramp_g7@5
 L  ramp_g8@5
 L  ramp_g9@5
 E  soc_s0@5
 E  soc_s1@5
 L  reserve@5
 G  mustrun@5
 E  bal_b0@6
 E  bal_b1@6
 E  bal_b2@6
 E  bal_b3@6
 E  bal_b4@6
 L  ramp_g0@6
 L  ramp_g2@6
 L  ramp_g3@6
 L  ramp_g4@6
 L  ramp_g5@6
 L  ramp_g7@6
 L  ramp_g8@6
 L  ramp_g9@6
 E  soc_s0@6
 E  soc_s1@6
 L  reserve@6
 G  mustrun@6
 E  bal_b0@7
 E  bal_b1@7
 E  bal_b2@7
 E  bal_b3@7
 E  bal_b4@7
 L  ramp_g0@7
 L  ramp_g2@7
 L  ramp_g3@7
 L  ramp_g4@7
 L  ramp_g5@7
 L  ramp_g7@7
 L  ramp_g8@7
 L  ramp_g9@7
 E  soc_s0@7
 E  soc_s1@7
 L  reserve@7
 G  mustrun@7
 E  bal_b0@8
 E  bal_b1@8
 E  bal_b2@8
 E  bal_b3@8
 E  bal_b4@8
 L  ramp_g0@8
 L  ramp_g2@8
 L  ramp_g3@8
 L  ramp_g4@8
 L  ramp_g5@8
 L  ramp_g7@8
 L  ramp_g8@8
 L  ramp_g9@8
 E  soc_s0@8
 E  soc_s1@8
 L  reserve@8
 G  mustrun@8
 E  bal_b0@9
 E  bal_b1@9
 E  bal_b2@9
 E  bal_b3@9
 E  bal_b4@9
 L  ramp_g0@9
 L  ramp_g2@9
 L  ramp_g3@9
 L  ramp_g4@9
 L  ramp_g5@9
 L  ramp_g7@9
 L  ramp_g8@9
 L  ramp_g9@9
 E  soc_s0@9
 E  soc_s1@9
 L  reserve@9
 G  mustrun@9
 E  bal_b0@10
 E  bal_b1@10
 E  bal_b2@10
 E  bal_b3@10
 E  bal_b4@10
 L  ramp_g0@10
 L  ramp_g2@10
 L  ramp_g3@10
 L  ramp_g4@10
 L  ramp_g5@10
 L  ramp_g7@10
 L  ramp_g8@10
 L  ramp_g9@10
 E  soc_s0@10
 E  soc_s1@10
 L  reserve@10
 G  mustrun@10
 E  bal_b0@11
 E  bal_b1@11
 E  bal_b2@11
 E  bal_b3@11
 E  bal_b4@11
 L  ramp_g0@11
 L  ramp_g2@11
 L  ramp_g3@11
 L  ramp_g4@11
 L  ramp_g5@11
 L  ramp_g7@11
 L  ramp_g8@11
 L  ramp_g9@11
 E  soc_s0@11
 E  soc_s1@11
 L  reserve@11
 G  mustrun@11
 E  bal_b0@12
 E  bal_b1@12
 E  bal_b2@12
 E  bal_b3@12
 E  bal_b4@12
 L  ramp_g0@12
 L  ramp_g2@12
 L  ramp_g3@12
 L  ramp_g4@12
 L  ramp_g5@12
 L  ramp_g7@12
 L  ramp_g8@12
 L  ramp_g9@12
 E  soc_s0@12
 E  soc_s1@12
 L  reserve@12
 G  mustrun@12
 E  bal_b0@13
 E  bal_b1@13
 E  bal_b2@13
 E  bal_b3@13
 E  bal_b4@13
 L  ramp_g0@13
 L  ramp_g2@13
 L  ramp_g3@13
 L  ramp_g4@13
 L  ramp_g5@13
 L  ramp_g7@13
 L  ramp_g8@13
 L  ramp_g9@13
 E  soc_s0@13
 E  soc_s1@13
 L  reserve@13
 G  mustrun@13
 E  bal_b0@14
 E  bal_b1@14
 E  bal_b2@14
 E  bal_b3@14
 E  bal_b4@14
 L  ramp_g0@14
 L  ramp_g2@14
 L  ramp_g3@14
 L  ramp_g4@14
 L  ramp_g5@14
 L  ramp_g7@14
 L  ramp_g8@14
 L  ramp_g9@14
 E  soc_s0@14
 E  soc_s1@14
 L  reserve@14
 G  mustrun@14
 E  bal_b0@15
 E  bal_b1@15
 E  bal_b2@15
 E  bal_b3@15
 E  bal_b4@15
 L  ramp_g0@15
 L  ramp_g2@15
 L  ramp_g3@15
 L  ramp_g4@15
 L  ramp_g5@15
 L  ramp_g7@15
 L  ramp_g8@15
 L  ramp_g9@15
 E  soc_s0@15
 E  soc_s1@15
 L  reserve@15
 G  mustrun@15
 E  bal_b0@16
 E  bal_b1@16
 E  bal_b2@16
 E  bal_b3@16
 E  bal_b4@16
 L  ramp_g0@16
 L  ramp_g2@16
 L  ramp_g3@16
 L  ramp_g4@16
 L  ramp_g5@16
 L  ramp_g7@16
 L  ramp_g8@16
 L  ramp_g9@16
 E  soc_s0@16
 E  soc_s1@16
 L  reserve@16
 G  mustrun@16
 E  bal_b0@17
 E  bal_b1@17
 E  bal_b2@17
 E  bal_b3@17
 E  bal_b4@17
 L  ramp_g0@17
 L  ramp_g2@17
 L  ramp_g3@17
 L  ramp_g4@17
 L  ramp_g5@17
 L  ramp_g7@17
 L  ramp_g8@17
 L  ramp_g9@17
 E  soc_s0@17
 E  soc_s1@17
 L  reserve@17
 G  mustrun@17
 E  bal_b0@18
 E  bal_b1@18
 E  bal_b2@18
 E  bal_b3@18
 E  bal_b4@18
 L  ramp_g0@18
 L  ramp_g2@18
 L  ramp_g3@18
 L  ramp_g4@18
 L  ramp_g5@18
 L  ramp_g7@18
 L  ramp_g8@18
 L  ramp_g9@18
 E  soc_s0@18
 E  soc_s1@18
 L  reserve@18
 G  mustrun@18
 E  bal_b0@19
 E  bal_b1@19
 E  bal_b2@19
 E  bal_b3@19
 E  bal_b4@19
 L  ramp_g0@19
 L  ramp_g2@19
 L  ramp_g3@19
 L  ramp_g4@19
 L  ramp_g5@19
 L  ramp_g7@19
 L  ramp_g8@19
 L  ramp_g9@19
 E  soc_s0@19
 E  soc_s1@19
 L  reserve@19
 G  mustrun@19
 E  bal_b0@20
 E  bal_b1@20
 E  bal_b2@20
 E  bal_b3@20
 E  bal_b4@20
 L  ramp_g0@20
 L  ramp_g2@20
 L  ramp_g3@20
 L  ramp_g4@20
 L  ramp_g5@20
 L  ramp_g7@20
 L  ramp_g8@20
 L  ramp_g9@20
 E  soc_s0@20
 E  soc_s1@20
 L  reserve@20
 G  mustrun@20
 E  bal_b0@21
 E  bal_b1@21
 E  bal_b2@21
 E  bal_b3@21
 E  bal_b4@21
 L  ramp_g0@21
 L  ramp_g2@21
 L  ramp_g3@21
 L  ramp_g4@21
 L  ramp_g5@21
 L  ramp_g7@21
 L  ramp_g8@21
 L  ramp_g9@21
 E  soc_s0@21
 E  soc_s1@21
 L  reserve@21
 G  mustrun@21
 E  bal_b0@22
 E  bal_b1@22
 E  bal_b2@22
 E  bal_b3@22
 E  bal_b4@22
 L  ramp_g0@22
 L  ramp_g2@22
 L  ramp_g3@22
 L  ramp_g4@22
 L  ramp_g5@22
 L  ramp_g7@22
 L  ramp_g8@22
 L  ramp_g9@22
 E  soc_s0@22
 E  soc_s1@22
 L  reserve@22
 G  mustrun@22
 E  bal_b0@23
 E  bal_b1@23
 E  bal_b2@23
 E  bal_b3@23
 E  bal_b4@23
 L  ramp_g0@23
 L  ramp_g2@23
 L  ramp_g3@23
 L  ramp_g4@23
 L  ramp_g5@23
 L  ramp_g7@23
 L  ramp_g8@23
 L  ramp_g9@23
 E  soc_s0@23
 E  soc_s1@23
 L  reserve@23
 G  mustrun@23
 E  bal_b0@24
 E  bal_b1@24
 E  bal_b2@24
 E  bal_b3@24
 E  bal_b4@24
 L  ramp_g0@24
 L  ramp_g2@24
 L  ramp_g3@24
 L  ramp_g4@24
 L  ramp_g5@24
 L  ramp_g7@24
 L  ramp_g8@24
 L  ramp_g9@24
 E  soc_s0@24
 E  soc_s1@24
 L  reserve@24
 G  mustrun@24
 E  bal_b0@25
 E  bal_b1@25
 E  bal_b2@25
 E  bal_b3@25
 E  bal_b4@25
 L  ramp_g0@25
 L  ramp_g2@25
 L  ramp_g3@25
 L  ramp_g4@25
 L  ramp_g5@25
 L  ramp_g7@25
 L  ramp_g8@25
 L  ramp_g9@25
 E  soc_s0@25
 E  soc_s1@25
 L  reserve@25
 G  mustrun@25
 E  bal_b0@26
 E  bal_b1@26
 E  bal_b2@26
 E  bal_b3@26
 E  bal_b4@26
 L  ramp_g0@26
 L  ramp_g2@26
 L  ramp_g3@26
 L  ramp_g4@26
 L  ramp_g5@26
 L  ramp_g7@26
 L  ramp_g8@26
 L  ramp_g9@26
 E  soc_s0@26
 E  soc_s1@26
 L  reserve@26
 G  mustrun@26
 E  bal_b0@27
 E  bal_b1@27
 E  bal_b2@27
 E  bal_b3@27
 E  bal_b4@27
 L  ramp_g0@27
 L  ramp_g2@27
 L  ramp_g3@27
 L  ramp_g4@27
 L  ramp_g5@27
 L  ramp_g7@27
 L  ramp_g8@27
 L  ramp_g9@27
 E  soc_s0@27
 E  soc_s1@27
 L  reserve@27
 G  mustrun@27
 E  bal_b0@28
 E  bal_b1@28
 E  bal_b2@28
 E  bal_b3@28
 E  bal_b4@28
 L  ramp_g0@28
 L  ramp_g2@28
 L  ramp_g3@28
 L  ramp_g4@28
 L  ramp_g5@28
 L  ramp_g7@28
 L  ramp_g8@28
 L  ramp_g9@28
 E  soc_s0@28
 E  soc_s1@28
 L  reserve@28
 G  mustrun@28
 E  bal_b0@29
 E  bal_b1@29
 E  bal_b2@29
 E  bal_b3@29
 E  bal_b4@29
 L  ramp_g0@29
 L  ramp_g2@29
 L  ramp_g3@29
 L  ramp_g4@29
 L  ramp_g5@29
 L  ramp_g7@29
 L  ramp_g8@29
 L  ramp_g9@29
 E  soc_s0@29
 E  soc_s1@29
 L  reserve@29
 G  mustrun@29
 E  bal_b0@30
 E  bal_b1@30
 E  bal_b2@30
 E  bal_b3@30
 E  bal_b4@30
 L  ramp_g0@30
 L  ramp_g2@30
 L  ramp_g3@30
 L  ramp_g4@30
 L  ramp_g5@30
 L  ramp_g7@30
 L  ramp_g8@30
 L  ramp_g9@30
 E  soc_s0@30
 E  soc_s1@30
 L  reserve@30
 G  mustrun@30
 E  bal_b0@31
 E  bal_b1@31
 E  bal_b2@31
 E  bal_b3@31
 E  bal_b4@31
 L  ramp_g0@31
 L  ramp_g2@31
 L  ramp_g3@31
 L  ramp_g4@31
 L  ramp_g5@31
 L  ramp_g7@31
 L  ramp_g8@31
 L  ramp_g9@31
 E  soc_s0@31
 E  soc_s1@31
 L  reserve@31
 G  mustrun@31
 E  bal_b0@32
 E  bal_b1@32
 E  bal_b2@32
 E  bal_b3@32
 E  bal_b4@32
 L  ramp_g0@32
 L  ramp_g2@32
 L  ramp_g3@32
 L  ramp_g4@32
 L  ramp_g5@32
 L  ramp_g7@32
 L  ramp_g8@32
 L  ramp_g9@32
 E  soc_s0@32
 E  soc_s1@32
 L  reserve@32
 G  mustrun@32
 E  bal_b0@33
 E  bal_b1@33
 E  bal_b2@33
 E  bal_b3@33
 E  bal_b4@33
 L  ramp_g0@33
 L  ramp_g2@33
 L  ramp_g3@33
 L  ramp_g4@33
 L  ramp_g5@33
 L  ramp_g7@33
 L  ramp_g8@33
 L  ramp_g9@33
 E  soc_s0@33
 E  soc_s1@33
 L  reserve@33
 G  mustrun@33
 E  bal_b0@34
 E  bal_b1@34
 E  bal_b2@34
 E  bal_b3@34
 E  bal_b4@34
 L  ramp_g0@34
 L  ramp_g2@34
 L  ramp_g3@34
 L  ramp_g4@34
 L  ramp_g5@34
 L  ramp_g7@34
 L  ramp_g8@34
 L  ramp_g9@34
 E  soc_s0@34
 E  soc_s1@34
 L  reserve@34
 G  mustrun@34
 E  bal_b0@35
 E  bal_b1@35
 E  bal_b2@35
 E  bal_b3@35
 E  bal_b4@35
 L  ramp_g0@35
 L  ramp_g2@35
 L  ramp_g3@35
 L  ramp_g4@35
 L  ramp_g5@35
 L  ramp_g7@35
 L  ramp_g8@35
 L  ramp_g9@35
 E  soc_s0@35
 E  soc_s1@35
 L  reserve@35
 G  mustrun@35
 E  bal_b0@36
 E  bal_b1@36
 E  bal_b2@36
 E  bal_b3@36
 E  bal_b4@36
 L  ramp_g0@36
 L  ramp_g2@36
 L  ramp_g3@36
 L  ramp_g4@36
 L  ramp_g5@36
 L  ramp_g7@36
 L  ramp_g8@36
 L  ramp_g9@36
 E  soc_s0@36
 E  soc_s1@36
 L  reserve@36
 G  mustrun@36
 E  bal_b0@37
 E  bal_b1@37
 E  bal_b2@37
 E  bal_b3@37
 E  bal_b4@37
 L  ramp_g0@37
 L  ramp_g2@37
 L  ramp_g3@37
 L  ramp_g4@37
 L  ramp_g5@37
 L  ramp_g7@37
 L  ramp_g8@37
 L  ramp_g9@37
 E  soc_s0@37
 E  soc_s1@37
 L  reserve@37
 G  mustrun@37
 E  bal_b0@38
 E  bal_b1@38
 E  bal_b2@38
 E  bal_b3@38
 E  bal_b4@38
 L  ramp_g0@38
 L  ramp_g2@38
 L  ramp_g3@38
 L  ramp_g4@38
 L  ramp_g5@38
 L  ramp_g7@38
 L  ramp_g8@38
 L  ramp_g9@38
 E  soc_s0@38
 E  soc_s1@38
 L  reserve@38
 G  mustrun@38
 E  bal_b0@39
 E  bal_b1@39
 E  bal_b2@39
 E  bal_b3@39
 E  bal_b4@39
 L  ramp_g0@39
 L  ramp_g2@39
 L  ramp_g3@39
 L  ramp_g4@39
 L  ramp_g5@39
 L  ramp_g7@39
 L  ramp_g8@39
 L  ramp_g9@39
 E  soc_s0@39
 E  soc_s1@39
 L  reserve@39
 G  mustrun@39
 E  bal_b0@40
 E  bal_b1@40
 E  bal_b2@40
 E  bal_b3@40
 E  bal_b4@40
 L  ramp_g0@40
 L  ramp_g2@40
 L  ramp_g3@40
 L  ramp_g4@40
 L  ramp_g5@40
 L  ramp_g7@40
 L  ramp_g8@40
 L  ramp_g9@40
 E  soc_s0@40
 E  soc_s1@40
 L  reserve@40
 G  mustrun@40
 E  bal_b0@41
 E  bal_b1@41
 E  bal_b2@41
 E  bal_b3@41
 E  bal_b4@41
 L  ramp_g0@41
 L  ramp_g2@41
 L  ramp_g3@41
 L  ramp_g4@41
 L  ramp_g5@41
 L  ramp_g7@41
 L  ramp_g8@41
 L  ramp_g9@41
 E  soc_s0@41
 E  soc_s1@41
 L  reserve@41
 G  mustrun@41
 E  bal_b0@42
 E  bal_b1@42
 E  bal_b2@42
 E  bal_b3@42
 E  bal_b4@42
 L  ramp_g0@42
 L  ramp_g2@42
 L  ramp_g3@42
 L  ramp_g4@42
 L  ramp_g5@42
 L  ramp_g7@42
 L  ramp_g8@42
 L  ramp_g9@42
 E  soc_s0@42
 E  soc_s1@42
 L  reserve@42
 G  mustrun@42
 E  bal_b0@43
 E  bal_b1@43
 E  bal_b2@43
 E  bal_b3@43
 E  bal_b4@43
 L  ramp_g0@43
 L  ramp_g2@43
 L  ramp_g3@43
 L  ramp_g4@43
 L  ramp_g5@43
 L  ramp_g7@43
 L  ramp_g8@43
 L  ramp_g9@43
 E  soc_s0@43
 E  soc_s1@43
 L  reserve@43
 G  mustrun@43
 E  bal_b0@44
 E  bal_b1@44
 E  bal_b2@44
 E  bal_b3@44
 E  bal_b4@44
 L  ramp_g0@44
 L  ramp_g2@44
 L  ramp_g3@44
 L  ramp_g4@44
 L  ramp_g5@44
 L  ramp_g7@44
 L  ramp_g8@44
 L  ramp_g9@44
 E  soc_s0@44
 E  soc_s1@44
 L  reserve@44
 G  mustrun@44
 E  bal_b0@45
 E  bal_b1@45
 E  bal_b2@45
 E  bal_b3@45
 E  bal_b4@45
 L  ramp_g0@45
 L  ramp_g2@45
 L  ramp_g3@45
 L  ramp_g4@45
 L  ramp_g5@45
 L  ramp_g7@45
 L  ramp_g8@45
 L  ramp_g9@45
 E  soc_s0@45
 E  soc_s1@45
 L  reserve@45
 G  mustrun@45
 E  bal_b0@46
 E  bal_b1@46
 E  bal_b2@46
 E  bal_b3@46
 E  bal_b4@46
 L  ramp_g0@46
 L  ramp_g2@46
 L  ramp_g3@46
 L  ramp_g4@46
 L  ramp_g5@46
 L  ramp_g7@46
 L  ramp_g8@46
 L  ramp_g9@46
 E  soc_s0@46
 E  soc_s1@46
 L  reserve@46
 G  mustrun@46
 E  bal_b0@47
 E  bal_b1@47
 E  bal_b2@47
 E  bal_b3@47
 E  bal_b4@47
 L  ramp_g0@47
 L  ramp_g2@47
 L  ramp_g3@47
 L  ramp_g4@47
 L  ramp_g5@47
 L  ramp_g7@47
 L  ramp_g8@47
 L  ramp_g9@47
 E  soc_s0@47
 E  soc_s1@47
 L  reserve@47
 G  mustrun@47
 E  soc_cyclic_s0
 E  soc_cyclic_s1
 L  energycap_g0
COLUMNS
    p_g0@0    Obj       73.34
    p_g0@0    bal_b0@0  1
    p_g0@0    reserve@0  1
    p_g0@0    ramp_g0@1  -1
    p_g0@0    energycap_g0  1
    p_g1@0    Obj       60.65
    p_g1@0    bal_b0@0  1
    p_g2@0    Obj       28.09
    p_g2@0    bal_b1@0  1
    p_g2@0    reserve@0  1
    p_g2@0    ramp_g2@1  -1
    p_g3@0    Obj       31.47
    p_g3@0    bal_b1@0  1
    p_g3@0    reserve@0  1
    p_g3@0    ramp_g3@1  -1
    p_g4@0    Obj       16.62
    p_g4@0    bal_b2@0  1
    p_g4@0    ramp_g4@1  -1
    p_g5@0    Obj       75.43
    p_g5@0    bal_b2@0  1
    p_g5@0    ramp_g5@1  -1
    p_g6@0    Obj       54.95
    p_g6@0    bal_b3@0  1
    p_g7@0    Obj       22.24
    p_g7@0    bal_b3@0  1
    p_g7@0    ramp_g7@1  -1
    p_g8@0    Obj       47.35
    p_g8@0    bal_b4@0  1
    p_g8@0    mustrun@0  1
    p_g8@0    ramp_g8@1  -1
    p_g9@0    Obj       41.31
    p_g9@0    bal_b4@0  1
    p_g9@0    mustrun@0  1
    p_g9@0    ramp_g9@1  -1
    imp@0     Obj       52.47
    imp@0     bal_b4@0  1
    f_l0@0    bal_b0@0  -1
    f_l0@0    bal_b1@0  1
    f_l1@0    bal_b1@0  -1
    f_l1@0    bal_b2@0  1
    f_l2@0    bal_b2@0  -1
    f_l2@0    bal_b3@0  1
    f_l3@0    bal_b2@0  -1
    f_l3@0    bal_b4@0  1
    f_l4@0    bal_b1@0  -1
    f_l4@0    bal_b3@0  1
    f_l5@0    bal_b0@0  -1
    f_l5@0    bal_b4@0  1
    ch_s0@0   bal_b2@0  -1
    ch_s0@0   soc_cyclic_s0  -0.9343
    dis_s0@0  Obj       0.1
    dis_s0@0  bal_b2@0  1
    dis_s0@0  soc_cyclic_s0  1.0619
    soc_s0@0  soc_s0@1  -0.999
    soc_s0@0  soc_cyclic_s0  1
    ch_s1@0   bal_b2@0  -1
    ch_s1@0   soc_cyclic_s1  -0.8896
    dis_s1@0  Obj       0.1
    dis_s1@0  bal_b2@0  1
    dis_s1@0  soc_cyclic_s1  1.0685
    soc_s1@0  soc_s1@1  -0.9989
    soc_s1@0  soc_cyclic_s1  1
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
    p_g0@1    Obj       73.34
    p_g0@1    bal_b0@1  1
    p_g0@1    ramp_g0@1  1
    p_g0@1    reserve@1  1
    p_g0@1    ramp_g0@2  -1
    p_g0@1    energycap_g0  1
    p_g1@1    Obj       60.65
    p_g1@1    bal_b0@1  1
    p_g2@1    Obj       28.09
    p_g2@1    bal_b1@1  1
    p_g2@1    ramp_g2@1  1
    p_g2@1    reserve@1  1
    p_g2@1    ramp_g2@2  -1
    p_g3@1    Obj       31.47
    p_g3@1    bal_b1@1  1
    p_g3@1    ramp_g3@1  1
    p_g3@1    reserve@1  1
    p_g3@1    ramp_g3@2  -1
    p_g4@1    Obj       16.62
    p_g4@1    bal_b2@1  1
    p_g4@1    ramp_g4@1  1
    p_g4@1    ramp_g4@2  -1
    p_g5@1    Obj       75.43
    p_g5@1    bal_b2@1  1
    p_g5@1    ramp_g5@1  1
    p_g5@1    ramp_g5@2  -1
    p_g6@1    Obj       54.95
    p_g6@1    bal_b3@1  1
    p_g7@1    Obj       22.24
    p_g7@1    bal_b3@1  1
    p_g7@1    ramp_g7@1  1
    p_g7@1    ramp_g7@2  -1
    p_g8@1    Obj       47.35
    p_g8@1    bal_b4@1  1
    p_g8@1    ramp_g8@1  1
    p_g8@1    mustrun@1  1
    p_g8@1    ramp_g8@2  -1
    p_g9@1    Obj       41.31
    p_g9@1    bal_b4@1  1
    p_g9@1    ramp_g9@1  1
    p_g9@1    mustrun@1  1
    p_g9@1    ramp_g9@2  -1
    imp@1     Obj       52.47
    imp@1     bal_b4@1  1
    f_l0@1    bal_b0@1  -1
    f_l0@1    bal_b1@1  1
    f_l1@1    bal_b1@1  -1
    f_l1@1    bal_b2@1  1
    f_l2@1    bal_b2@1  -1
    f_l2@1    bal_b3@1  1
    f_l3@1    bal_b2@1  -1
    f_l3@1    bal_b4@1  1
    f_l4@1    bal_b1@1  -1
    f_l4@1    bal_b3@1  1
    f_l5@1    bal_b0@1  -1
    f_l5@1    bal_b4@1  1
    ch_s0@1   bal_b2@1  -1
    ch_s0@1   soc_s0@1  -0.9343
    dis_s0@1  Obj       0.1
    dis_s0@1  bal_b2@1  1
    dis_s0@1  soc_s0@1  1.0619
    soc_s0@1  soc_s0@1  1
    soc_s0@1  soc_s0@2  -0.999
    ch_s1@1   bal_b2@1  -1
    ch_s1@1   soc_s1@1  -0.8896
    dis_s1@1  Obj       0.1
    dis_s1@1  bal_b2@1  1
    dis_s1@1  soc_s1@1  1.0685
    soc_s1@1  soc_s1@1  1
    soc_s1@1  soc_s1@2  -0.9989
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
    p_g0@2    Obj       73.34
    p_g0@2    bal_b0@2  1
    p_g0@2    ramp_g0@2  1
    p_g0@2    reserve@2  1
    p_g0@2    ramp_g0@3  -1
    p_g0@2    energycap_g0  1
    p_g1@2    Obj       60.65
    p_g1@2    bal_b0@2  1
    p_g2@2    Obj       28.09
    p_g2@2    bal_b1@2  1
    p_g2@2    ramp_g2@2  1
    p_g2@2    reserve@2  1
    p_g2@2    ramp_g2@3  -1
    p_g3@2    Obj       31.47
    p_g3@2    bal_b1@2  1
    p_g3@2    ramp_g3@2  1
    p_g3@2    reserve@2  1
    p_g3@2    ramp_g3@3  -1
    p_g4@2    Obj       16.62
    p_g4@2    bal_b2@2  1
    p_g4@2    ramp_g4@2  1
    p_g4@2    ramp_g4@3  -1
    p_g5@2    Obj       75.43
    p_g5@2    bal_b2@2  1
    p_g5@2    ramp_g5@2  1
    p_g5@2    ramp_g5@3  -1
    p_g6@2    Obj       54.95
    p_g6@2    bal_b3@2  1
    p_g7@2    Obj       22.24
    p_g7@2    bal_b3@2  1
    p_g7@2    ramp_g7@2  1
    p_g7@2    ramp_g7@3  -1
    p_g8@2    Obj       47.35
    p_g8@2    bal_b4@2  1
    p_g8@2    ramp_g8@2  1
    p_g8@2    mustrun@2  1
    p_g8@2    ramp_g8@3  -1
    p_g9@2    Obj       41.31
    p_g9@2    bal_b4@2  1
    p_g9@2    ramp_g9@2  1
    p_g9@2    mustrun@2  1
    p_g9@2    ramp_g9@3  -1
    imp@2     Obj       52.47
    imp@2     bal_b4@2  1
    f_l0@2    bal_b0@2  -1
    f_l0@2    bal_b1@2  1
    f_l1@2    bal_b1@2  -1
    f_l1@2    bal_b2@2  1
    f_l2@2    bal_b2@2  -1
    f_l2@2    bal_b3@2  1
    f_l3@2    bal_b2@2  -1
    f_l3@2    bal_b4@2  1
    f_l4@2    bal_b1@2  -1
    f_l4@2    bal_b3@2  1
    f_l5@2    bal_b0@2  -1
    f_l5@2    bal_b4@2  1
    ch_s0@2   bal_b2@2  -1
    ch_s0@2   soc_s0@2  -0.9343
    dis_s0@2  Obj       0.1
    dis_s0@2  bal_b2@2  1
    dis_s0@2  soc_s0@2  1.0619
    soc_s0@2  soc_s0@2  1
    soc_s0@2  soc_s0@3  -0.999
    ch_s1@2   bal_b2@2  -1
    ch_s1@2   soc_s1@2  -0.8896
    dis_s1@2  Obj       0.1
    dis_s1@2  bal_b2@2  1
    dis_s1@2  soc_s1@2  1.0685
    soc_s1@2  soc_s1@2  1
    soc_s1@2  soc_s1@3  -0.9989
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
    p_g0@3    Obj       73.34
    p_g0@3    bal_b0@3  1
    p_g0@3    ramp_g0@3  1
    p_g0@3    reserve@3  1
    p_g0@3    ramp_g0@4  -1
    p_g0@3    energycap_g0  1
    p_g1@3    Obj       60.65
    p_g1@3    bal_b0@3  1
    p_g2@3    Obj       28.09
    p_g2@3    bal_b1@3  1
    p_g2@3    ramp_g2@3  1
    p_g2@3    reserve@3  1
    p_g2@3    ramp_g2@4  -1
    p_g3@3    Obj       31.47
    p_g3@3    bal_b1@3  1
    p_g3@3    ramp_g3@3  1
    p_g3@3    reserve@3  1
    p_g3@3    ramp_g3@4  -1
    p_g4@3    Obj       16.62
    p_g4@3    bal_b2@3  1
    p_g4@3    ramp_g4@3  1
    p_g4@3    ramp_g4@4  -1
    p_g5@3    Obj       75.43
    p_g5@3    bal_b2@3  1
    p_g5@3    ramp_g5@3  1
    p_g5@3    ramp_g5@4  -1
    p_g6@3    Obj       54.95
    p_g6@3    bal_b3@3  1
    p_g7@3    Obj       22.24
    p_g7@3    bal_b3@3  1
    p_g7@3    ramp_g7@3  1
    p_g7@3    ramp_g7@4  -1
    p_g8@3    Obj       47.35
    p_g8@3    bal_b4@3  1
    p_g8@3    ramp_g8@3  1
    p_g8@3    mustrun@3  1
    p_g8@3    ramp_g8@4  -1
    p_g9@3    Obj       41.31
    p_g9@3    bal_b4@3  1
    p_g9@3    ramp_g9@3  1
    p_g9@3    mustrun@3  1
    p_g9@3    ramp_g9@4  -1
    imp@3     Obj       52.47
    imp@3     bal_b4@3  1
    f_l0@3    bal_b0@3  -1
    f_l0@3    bal_b1@3  1
    f_l1@3    bal_b1@3  -1
    f_l1@3    bal_b2@3  1
    f_l2@3    bal_b2@3  -1
    f_l2@3    bal_b3@3  1
    f_l3@3    bal_b2@3  -1
    f_l3@3    bal_b4@3  1
    f_l4@3    bal_b1@3  -1
    f_l4@3    bal_b3@3  1
    f_l5@3    bal_b0@3  -1
    f_l5@3    bal_b4@3  1
    ch_s0@3   bal_b2@3  -1
    ch_s0@3   soc_s0@3  -0.9343
    dis_s0@3  Obj       0.1
    dis_s0@3  bal_b2@3  1
    dis_s0@3  soc_s0@3  1.0619
    soc_s0@3  soc_s0@3  1
    soc_s0@3  soc_s0@4  -0.999
    ch_s1@3   bal_b2@3  -1
    ch_s1@3   soc_s1@3  -0.8896
    dis_s1@3  Obj       0.1
    dis_s1@3  bal_b2@3  1
    dis_s1@3  soc_s1@3  1.0685
    soc_s1@3  soc_s1@3  1
    soc_s1@3  soc_s1@4  -0.9989
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
    p_g0@4    Obj       73.34
    p_g0@4    bal_b0@4  1
    p_g0@4    ramp_g0@4  1
    p_g0@4    reserve@4  1
    p_g0@4    ramp_g0@5  -1
    p_g0@4    energycap_g0  1
    p_g1@4    Obj       60.65
    p_g1@4    bal_b0@4  1
    p_g2@4    Obj       28.09
    p_g2@4    bal_b1@4  1
    p_g2@4    ramp_g2@4  1
    p_g2@4    reserve@4  1
    p_g2@4    ramp_g2@5  -1
    p_g3@4    Obj       31.47
    p_g3@4    bal_b1@4  1
    p_g3@4    ramp_g3@4  1
    p_g3@4    reserve@4  1
    p_g3@4    ramp_g3@5  -1
    p_g4@4    Obj       16.62
    p_g4@4    bal_b2@4  1
    p_g4@4    ramp_g4@4  1
    p_g4@4    ramp_g4@5  -1
    p_g5@4    Obj       75.43
    p_g5@4    bal_b2@4  1
    p_g5@4    ramp_g5@4  1
    p_g5@4    ramp_g5@5  -1
    p_g6@4    Obj       54.95
    p_g6@4    bal_b3@4  1
    p_g7@4    Obj       22.24
    p_g7@4    bal_b3@4  1
    p_g7@4    ramp_g7@4  1
    p_g7@4    ramp_g7@5  -1
    p_g8@4    Obj       47.35
    p_g8@4    bal_b4@4  1
    p_g8@4    ramp_g8@4  1
    p_g8@4    mustrun@4  1
    p_g8@4    ramp_g8@5  -1
    p_g9@4    Obj       41.31
    p_g9@4    bal_b4@4  1
    p_g9@4    ramp_g9@4  1
    p_g9@4    mustrun@4  1
    p_g9@4    ramp_g9@5  -1
    imp@4     Obj       52.47
    imp@4     bal_b4@4  1
    f_l0@4    bal_b0@4  -1
    f_l0@4    bal_b1@4  1
    f_l1@4    bal_b1@4  -1
    f_l1@4    bal_b2@4  1
    f_l2@4    bal_b2@4  -1
    f_l2@4    bal_b3@4  1
    f_l3@4    bal_b2@4  -1
    f_l3@4    bal_b4@4  1
    f_l4@4    bal_b1@4  -1
    f_l4@4    bal_b3@4  1
    f_l5@4    bal_b0@4  -1
    f_l5@4    bal_b4@4  1
    ch_s0@4   bal_b2@4  -1
    ch_s0@4   soc_s0@4  -0.9343
    dis_s0@4  Obj       0.1
    dis_s0@4  bal_b2@4  1
    dis_s0@4  soc_s0@4  1.0619
    soc_s0@4  soc_s0@4  1
    soc_s0@4  soc_s0@5  -0.999
    ch_s1@4   bal_b2@4  -1
    ch_s1@4   soc_s1@4  -0.8896
    dis_s1@4  Obj       0.1
    dis_s1@4  bal_b2@4  1
    dis_s1@4  soc_s1@4  1.0685
    soc_s1@4  soc_s1@4  1
    soc_s1@4  soc_s1@5  -0.9989
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
    p_g0@5    Obj       73.34
    p_g0@5    bal_b0@5  1
    p_g0@5    ramp_g0@5  1
    p_g0@5    reserve@5  1
    p_g0@5    ramp_g0@6  -1
    p_g0@5    energycap_g0  1
    p_g1@5    Obj       60.65
    p_g1@5    bal_b0@5  1
    p_g2@5    Obj       28.09
    p_g2@5    bal_b1@5  1
    p_g2@5    ramp_g2@5  1
    p_g2@5    reserve@5  1
    p_g2@5    ramp_g2@6  -1
    p_g3@5    Obj       31.47
    p_g3@5    bal_b1@5  1
    p_g3@5    ramp_g3@5  1
    p_g3@5    reserve@5  1
    p_g3@5    ramp_g3@6  -1
    p_g4@5    Obj       16.62
    p_g4@5    bal_b2@5  1
    p_g4@5    ramp_g4@5  1
    p_g4@5    ramp_g4@6  -1
    p_g5@5    Obj       75.43
    p_g5@5    bal_b2@5  1
    p_g5@5    ramp_g5@5  1
    p_g5@5    ramp_g5@6  -1
    p_g6@5    Obj       54.95
    p_g6@5    bal_b3@5  1
    p_g7@5    Obj       22.24
    p_g7@5    bal_b3@5  1
    p_g7@5    ramp_g7@5  1
    p_g7@5    ramp_g7@6  -1
    p_g8@5    Obj       47.35
    p_g8@5    bal_b4@5  1
    p_g8@5    ramp_g8@5  1
    p_g8@5    mustrun@5  1
    p_g8@5    ramp_g8@6  -1
    p_g9@5    Obj       41.31
    p_g9@5    bal_b4@5  1
    p_g9@5    ramp_g9@5  1
    p_g9@5    mustrun@5  1
    p_g9@5    ramp_g9@6  -1
    imp@5     Obj       52.47
    imp@5     bal_b4@5  1
    f_l0@5    bal_b0@5  -1
    f_l0@5    bal_b1@5  1
    f_l1@5    bal_b1@5  -1
    f_l1@5    bal_b2@5  1
    f_l2@5    bal_b2@5  -1
    f_l2@5    bal_b3@5  1
    f_l3@5    bal_b2@5  -1
    f_l3@5    bal_b4@5  1
    f_l4@5    bal_b1@5  -1
    f_l4@5    bal_b3@5  1
    f_l5@5    bal_b0@5  -1
    f_l5@5    bal_b4@5  1
    ch_s0@5   bal_b2@5  -1
    ch_s0@5   soc_s0@5  -0.9343
    dis_s0@5  Obj       0.1
    dis_s0@5  bal_b2@5  1
    dis_s0@5  soc_s0@5  1.0619
    soc_s0@5  soc_s0@5  1
    soc_s0@5  soc_s0@6  -0.999
    ch_s1@5   bal_b2@5  -1
    ch_s1@5   soc_s1@5  -0.8896
    dis_s1@5  Obj       0.1
    dis_s1@5  bal_b2@5  1
    dis_s1@5  soc_s1@5  1.0685
    soc_s1@5  soc_s1@5  1
    soc_s1@5  soc_s1@6  -0.9989
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
    p_g0@6    Obj       73.34
    p_g0@6    bal_b0@6  1
    p_g0@6    ramp_g0@6  1
    p_g0@6    reserve@6  1
    p_g0@6    ramp_g0@7  -1
    p_g0@6    energycap_g0  1
    p_g1@6    Obj       60.65
    p_g1@6    bal_b0@6  1
    p_g2@6    Obj       28.09
    p_g2@6    bal_b1@6  1
    p_g2@6    ramp_g2@6  1
    p_g2@6    reserve@6  1
    p_g2@6    ramp_g2@7  -1
    p_g3@6    Obj       31.47
    p_g3@6    bal_b1@6  1
    p_g3@6    ramp_g3@6  1
    p_g3@6    reserve@6  1
    p_g3@6    ramp_g3@7  -1
    p_g4@6    Obj       16.62
    p_g4@6    bal_b2@6  1
    p_g4@6    ramp_g4@6  1
    p_g4@6    ramp_g4@7  -1
    p_g5@6    Obj       75.43
    p_g5@6    bal_b2@6  1
    p_g5@6    ramp_g5@6  1
    p_g5@6    ramp_g5@7  -1
    p_g6@6    Obj       54.95
    p_g6@6    bal_b3@6  1
    p_g7@6    Obj       22.24
    p_g7@6    bal_b3@6  1
    p_g7@6    ramp_g7@6  1
    p_g7@6    ramp_g7@7  -1
    p_g8@6    Obj       47.35
    p_g8@6    bal_b4@6  1
    p_g8@6    ramp_g8@6  1
    p_g8@6    mustrun@6  1
    p_g8@6    ramp_g8@7  -1
    p_g9@6    Obj       41.31
    p_g9@6    bal_b4@6  1
    p_g9@6    ramp_g9@6  1
    p_g9@6    mustrun@6  1
    p_g9@6    ramp_g9@7  -1
    imp@6     Obj       52.47
    imp@6     bal_b4@6  1
    f_l0@6    bal_b0@6  -1
    f_l0@6    bal_b1@6  1
    f_l1@6    bal_b1@6  -1
    f_l1@6    bal_b2@6  1
    f_l2@6    bal_b2@6  -1
    f_l2@6    bal_b3@6  1
    f_l3@6    bal_b2@6  -1
    f_l3@6    bal_b4@6  1
    f_l4@6    bal_b1@6  -1
    f_l4@6    bal_b3@6  1
    f_l5@6    bal_b0@6  -1
    f_l5@6    bal_b4@6  1
    ch_s0@6   bal_b2@6  -1
    ch_s0@6   soc_s0@6  -0.9343
    dis_s0@6  Obj       0.1
    dis_s0@6  bal_b2@6  1
    dis_s0@6  soc_s0@6  1.0619
    soc_s0@6  soc_s0@6  1
    soc_s0@6  soc_s0@7  -0.999
    ch_s1@6   bal_b2@6  -1
    ch_s1@6   soc_s1@6  -0.8896
    dis_s1@6  Obj       0.1
    dis_s1@6  bal_b2@6  1
    dis_s1@6  soc_s1@6  1.0685
    soc_s1@6  soc_s1@6  1
    soc_s1@6  soc_s1@7  -0.9989
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
    p_g0@7    Obj       73.34
    p_g0@7    bal_b0@7  1
    p_g0@7    ramp_g0@7  1
    p_g0@7    reserve@7  1
    p_g0@7    ramp_g0@8  -1
    p_g0@7    energycap_g0  1
    p_g1@7    Obj       60.65
    p_g1@7    bal_b0@7  1
    p_g2@7    Obj       28.09
    p_g2@7    bal_b1@7  1
    p_g2@7    ramp_g2@7  1
    p_g2@7    reserve@7  1
    p_g2@7    ramp_g2@8  -1
    p_g3@7    Obj       31.47
    p_g3@7    bal_b1@7  1
    p_g3@7    ramp_g3@7  1
    p_g3@7    reserve@7  1
    p_g3@7    ramp_g3@8  -1
    p_g4@7    Obj       16.62
    p_g4@7    bal_b2@7  1
    p_g4@7    ramp_g4@7  1
    p_g4@7    ramp_g4@8  -1
    p_g5@7    Obj       75.43
    p_g5@7    bal_b2@7  1
    p_g5@7    ramp_g5@7  1
    p_g5@7    ramp_g5@8  -1
    p_g6@7    Obj       54.95
    p_g6@7    bal_b3@7  1
    p_g7@7    Obj       22.24
    p_g7@7    bal_b3@7  1
    p_g7@7    ramp_g7@7  1
    p_g7@7    ramp_g7@8  -1
    p_g8@7    Obj       47.35
    p_g8@7    bal_b4@7  1
    p_g8@7    ramp_g8@7  1
    p_g8@7    mustrun@7  1
    p_g8@7    ramp_g8@8  -1
    p_g9@7    Obj       41.31
    p_g9@7    bal_b4@7  1
    p_g9@7    ramp_g9@7  1
    p_g9@7    mustrun@7  1
    p_g9@7    ramp_g9@8  -1
    imp@7     Obj       52.47
    imp@7     bal_b4@7  1
    f_l0@7    bal_b0@7  -1
    f_l0@7    bal_b1@7  1
    f_l1@7    bal_b1@7  -1
    f_l1@7    bal_b2@7  1
    f_l2@7    bal_b2@7  -1
    f_l2@7    bal_b3@7  1
    f_l3@7    bal_b2@7  -1
    f_l3@7    bal_b4@7  1
    f_l4@7    bal_b1@7  -1
    f_l4@7    bal_b3@7  1
    f_l5@7    bal_b0@7  -1
    f_l5@7    bal_b4@7  1
    ch_s0@7   bal_b2@7  -1
    ch_s0@7   soc_s0@7  -0.9343
    dis_s0@7  Obj       0.1
    dis_s0@7  bal_b2@7  1
    dis_s0@7  soc_s0@7  1.0619
    soc_s0@7  soc_s0@7  1
    soc_s0@7  soc_s0@8  -0.999
    ch_s1@7   bal_b2@7  -1
    ch_s1@7   soc_s1@7  -0.8896
    dis_s1@7  Obj       0.1
    dis_s1@7  bal_b2@7  1
    dis_s1@7  soc_s1@7  1.0685
    soc_s1@7  soc_s1@7  1
    soc_s1@7  soc_s1@8  -0.9989
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
    p_g0@8    Obj       73.34
    p_g0@8    bal_b0@8  1
    p_g0@8    ramp_g0@8  1
    p_g0@8    reserve@8  1
    p_g0@8    ramp_g0@9  -1
    p_g0@8    energycap_g0  1
    p_g1@8    Obj       60.65
    p_g1@8    bal_b0@8  1
    p_g2@8    Obj       28.09
    p_g2@8    bal_b1@8  1
    p_g2@8    ramp_g2@8  1
    p_g2@8    reserve@8  1
    p_g2@8    ramp_g2@9  -1
    p_g3@8    Obj       31.47
    p_g3@8    bal_b1@8  1
    p_g3@8    ramp_g3@8  1
    p_g3@8    reserve@8  1
    p_g3@8    ramp_g3@9  -1
    p_g4@8    Obj       16.62
    p_g4@8    bal_b2@8  1
    p_g4@8    ramp_g4@8  1
    p_g4@8    ramp_g4@9  -1
    p_g5@8    Obj       75.43
    p_g5@8    bal_b2@8  1
    p_g5@8    ramp_g5@8  1
    p_g5@8    ramp_g5@9  -1
    p_g6@8    Obj       54.95
    p_g6@8    bal_b3@8  1
    p_g7@8    Obj       22.24
    p_g7@8    bal_b3@8  1
    p_g7@8    ramp_g7@8  1
    p_g7@8    ramp_g7@9  -1
    p_g8@8    Obj       47.35
    p_g8@8    bal_b4@8  1
    p_g8@8    ramp_g8@8  1
    p_g8@8    mustrun@8  1
    p_g8@8    ramp_g8@9  -1
    p_g9@8    Obj       41.31
    p_g9@8    bal_b4@8  1
    p_g9@8    ramp_g9@8  1
    p_g9@8    mustrun@8  1
    p_g9@8    ramp_g9@9  -1
    imp@8     Obj       52.47
    imp@8     bal_b4@8  1
    f_l0@8    bal_b0@8  -1
    f_l0@8    bal_b1@8  1
    f_l1@8    bal_b1@8  -1
    f_l1@8    bal_b2@8  1
    f_l2@8    bal_b2@8  -1
    f_l2@8    bal_b3@8  1
    f_l3@8    bal_b2@8  -1
    f_l3@8    bal_b4@8  1
    f_l4@8    bal_b1@8  -1
    f_l4@8    bal_b3@8  1
    f_l5@8    bal_b0@8  -1
    f_l5@8    bal_b4@8  1
    ch_s0@8   bal_b2@8  -1
    ch_s0@8   soc_s0@8  -0.9343
    dis_s0@8  Obj       0.1
    dis_s0@8  bal_b2@8  1
    dis_s0@8  soc_s0@8  1.0619
    soc_s0@8  soc_s0@8  1
    soc_s0@8  soc_s0@9  -0.999
    ch_s1@8   bal_b2@8  -1
    ch_s1@8   soc_s1@8  -0.8896
    dis_s1@8  Obj       0.1
    dis_s1@8  bal_b2@8  1
    dis_s1@8  soc_s1@8  1.0685
    soc_s1@8  soc_s1@8  1
    soc_s1@8  soc_s1@9  -0.9989
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
    p_g0@9    Obj       73.34
    p_g0@9    bal_b0@9  1
    p_g0@9    ramp_g0@9  1
    p_g0@9    reserve@9  1
    p_g0@9    ramp_g0@10  -1
    p_g0@9    energycap_g0  1
    p_g1@9    Obj       60.65
    p_g1@9    bal_b0@9  1
    p_g2@9    Obj       28.09
    p_g2@9    bal_b1@9  1
    p_g2@9    ramp_g2@9  1
    p_g2@9    reserve@9  1
    p_g2@9    ramp_g2@10  -1
    p_g3@9    Obj       31.47
    p_g3@9    bal_b1@9  1
    p_g3@9    ramp_g3@9  1
    p_g3@9    reserve@9  1
    p_g3@9    ramp_g3@10  -1
    p_g4@9    Obj       16.62
    p_g4@9    bal_b2@9  1
    p_g4@9    ramp_g4@9  1
    p_g4@9    ramp_g4@10  -1
    p_g5@9    Obj       75.43
    p_g5@9    bal_b2@9  1
    p_g5@9    ramp_g5@9  1
    p_g5@9    ramp_g5@10  -1
    p_g6@9    Obj       54.95
    p_g6@9    bal_b3@9  1
    p_g7@9    Obj       22.24
    p_g7@9    bal_b3@9  1
    p_g7@9    ramp_g7@9  1
    p_g7@9    ramp_g7@10  -1
    p_g8@9    Obj       47.35
    p_g8@9    bal_b4@9  1
    p_g8@9    ramp_g8@9  1
    p_g8@9    mustrun@9  1
    p_g8@9    ramp_g8@10  -1
    p_g9@9    Obj       41.31
    p_g9@9    bal_b4@9  1
    p_g9@9    ramp_g9@9  1
    p_g9@9    mustrun@9  1
    p_g9@9    ramp_g9@10  -1
    imp@9     Obj       52.47
    imp@9     bal_b4@9  1
    f_l0@9    bal_b0@9  -1
    f_l0@9    bal_b1@9  1
    f_l1@9    bal_b1@9  -1
    f_l1@9    bal_b2@9  1
    f_l2@9    bal_b2@9  -1
    f_l2@9    bal_b3@9  1
    f_l3@9    bal_b2@9  -1
    f_l3@9    bal_b4@9  1
    f_l4@9    bal_b1@9  -1
    f_l4@9    bal_b3@9  1
    f_l5@9    bal_b0@9  -1
    f_l5@9    bal_b4@9  1
    ch_s0@9   bal_b2@9  -1
    ch_s0@9   soc_s0@9  -0.9343
    dis_s0@9  Obj       0.1
    dis_s0@9  bal_b2@9  1
    dis_s0@9  soc_s0@9  1.0619
    soc_s0@9  soc_s0@9  1
    soc_s0@9  soc_s0@10  -0.999
    ch_s1@9   bal_b2@9  -1
    ch_s1@9   soc_s1@9  -0.8896
    dis_s1@9  Obj       0.1
    dis_s1@9  bal_b2@9  1
    dis_s1@9  soc_s1@9  1.0685
    soc_s1@9  soc_s1@9  1
    soc_s1@9  soc_s1@10  -0.9989
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
    p_g0@10   Obj       73.34
    p_g0@10   bal_b0@10  1
    p_g0@10   ramp_g0@10  1
    p_g0@10   reserve@10  1
    p_g0@10   ramp_g0@11  -1
    p_g0@10   energycap_g0  1
    p_g1@10   Obj       60.65
    p_g1@10   bal_b0@10  1
    p_g2@10   Obj       28.09
    p_g2@10   bal_b1@10  1
    p_g2@10   ramp_g2@10  1
    p_g2@10   reserve@10  1
    p_g2@10   ramp_g2@11  -1
    p_g3@10   Obj       31.47
    p_g3@10   bal_b1@10  1
    p_g3@10   ramp_g3@10  1
    p_g3@10   reserve@10  1
    p_g3@10   ramp_g3@11  -1
    p_g4@10   Obj       16.62
    p_g4@10   bal_b2@10  1
    p_g4@10   ramp_g4@10  1
    p_g4@10   ramp_g4@11  -1
    p_g5@10   Obj       75.43
    p_g5@10   bal_b2@10  1
    p_g5@10   ramp_g5@10  1
    p_g5@10   ramp_g5@11  -1
    p_g6@10   Obj       54.95
    p_g6@10   bal_b3@10  1
    p_g7@10   Obj       22.24
    p_g7@10   bal_b3@10  1
    p_g7@10   ramp_g7@10  1
    p_g7@10   ramp_g7@11  -1
    p_g8@10   Obj       47.35
    p_g8@10   bal_b4@10  1
    p_g8@10   ramp_g8@10  1
    p_g8@10   mustrun@10  1
    p_g8@10   ramp_g8@11  -1
    p_g9@10   Obj       41.31
    p_g9@10   bal_b4@10  1
    p_g9@10   ramp_g9@10  1
    p_g9@10   mustrun@10  1
    p_g9@10   ramp_g9@11  -1
    imp@10    Obj       52.47
    imp@10    bal_b4@10  1
    f_l0@10   bal_b0@10  -1
    f_l0@10   bal_b1@10  1
    f_l1@10   bal_b1@10  -1
    f_l1@10   bal_b2@10  1
    f_l2@10   bal_b2@10  -1
    f_l2@10   bal_b3@10  1
    f_l3@10   bal_b2@10  -1
    f_l3@10   bal_b4@10  1
    f_l4@10   bal_b1@10  -1
    f_l4@10   bal_b3@10  1
    f_l5@10   bal_b0@10  -1
    f_l5@10   bal_b4@10  1
    ch_s0@10  bal_b2@10  -1
    ch_s0@10  soc_s0@10  -0.9343
    dis_s0@10  Obj       0.1
    dis_s0@10  bal_b2@10  1
    dis_s0@10  soc_s0@10  1.0619
    soc_s0@10  soc_s0@10  1
    soc_s0@10  soc_s0@11  -0.999
    ch_s1@10  bal_b2@10  -1
    ch_s1@10  soc_s1@10  -0.8896
    dis_s1@10  Obj       0.1
    dis_s1@10  bal_b2@10  1
    dis_s1@10  soc_s1@10  1.0685
    soc_s1@10  soc_s1@10  1
    soc_s1@10  soc_s1@11  -0.9989
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
    p_g0@11   Obj       73.34
    p_g0@11   bal_b0@11  1
    p_g0@11   ramp_g0@11  1
    p_g0@11   reserve@11  1
    p_g0@11   ramp_g0@12  -1
    p_g0@11   energycap_g0  1
    p_g1@11   Obj       60.65
    p_g1@11   bal_b0@11  1
    p_g2@11   Obj       28.09
    p_g2@11   bal_b1@11  1
    p_g2@11   ramp_g2@11  1
    p_g2@11   reserve@11  1
    p_g2@11   ramp_g2@12  -1
    p_g3@11   Obj       31.47
    p_g3@11   bal_b1@11  1
    p_g3@11   ramp_g3@11  1
    p_g3@11   reserve@11  1
    p_g3@11   ramp_g3@12  -1
    p_g4@11   Obj       16.62
    p_g4@11   bal_b2@11  1
    p_g4@11   ramp_g4@11  1
    p_g4@11   ramp_g4@12  -1
    p_g5@11   Obj       75.43
    p_g5@11   bal_b2@11  1
    p_g5@11   ramp_g5@11  1
    p_g5@11   ramp_g5@12  -1
    p_g6@11   Obj       54.95
    p_g6@11   bal_b3@11  1
    p_g7@11   Obj       22.24
    p_g7@11   bal_b3@11  1
    p_g7@11   ramp_g7@11  1
    p_g7@11   ramp_g7@12  -1
    p_g8@11   Obj       47.35
    p_g8@11   bal_b4@11  1
    p_g8@11   ramp_g8@11  1
    p_g8@11   mustrun@11  1
    p_g8@11   ramp_g8@12  -1
    p_g9@11   Obj       41.31
    p_g9@11   bal_b4@11  1
    p_g9@11   ramp_g9@11  1
    p_g9@11   mustrun@11  1
    p_g9@11   ramp_g9@12  -1
    imp@11    Obj       52.47
    imp@11    bal_b4@11  1
    f_l0@11   bal_b0@11  -1
    f_l0@11   bal_b1@11  1
    f_l1@11   bal_b1@11  -1
    f_l1@11   bal_b2@11  1
    f_l2@11   bal_b2@11  -1
    f_l2@11   bal_b3@11  1
    f_l3@11   bal_b2@11  -1
    f_l3@11   bal_b4@11  1
    f_l4@11   bal_b1@11  -1
    f_l4@11   bal_b3@11  1
    f_l5@11   bal_b0@11  -1
    f_l5@11   bal_b4@11  1
    ch_s0@11  bal_b2@11  -1
    ch_s0@11  soc_s0@11  -0.9343
    dis_s0@11  Obj       0.1
    dis_s0@11  bal_b2@11  1
    dis_s0@11  soc_s0@11  1.0619
    soc_s0@11  soc_s0@11  1
    soc_s0@11  soc_s0@12  -0.999
    ch_s1@11  bal_b2@11  -1
    ch_s1@11  soc_s1@11  -0.8896
    dis_s1@11  Obj       0.1
    dis_s1@11  bal_b2@11  1
    dis_s1@11  soc_s1@11  1.0685
    soc_s1@11  soc_s1@11  1
    soc_s1@11  soc_s1@12  -0.9989
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
    p_g0@12   Obj       73.34
    p_g0@12   bal_b0@12  1
    p_g0@12   ramp_g0@12  1
    p_g0@12   reserve@12  1
    p_g0@12   ramp_g0@13  -1
    p_g0@12   energycap_g0  1
    p_g1@12   Obj       60.65
    p_g1@12   bal_b0@12  1
    p_g2@12   Obj       28.09
    p_g2@12   bal_b1@12  1
    p_g2@12   ramp_g2@12  1
    p_g2@12   reserve@12  1
    p_g2@12   ramp_g2@13  -1
    p_g3@12   Obj       31.47
    p_g3@12   bal_b1@12  1
    p_g3@12   ramp_g3@12  1
    p_g3@12   reserve@12  1
    p_g3@12   ramp_g3@13  -1
    p_g4@12   Obj       16.62
    p_g4@12   bal_b2@12  1
    p_g4@12   ramp_g4@12  1
    p_g4@12   ramp_g4@13  -1
    p_g5@12   Obj       75.43
    p_g5@12   bal_b2@12  1
    p_g5@12   ramp_g5@12  1
    p_g5@12   ramp_g5@13  -1
    p_g6@12   Obj       54.95
    p_g6@12   bal_b3@12  1
    p_g7@12   Obj       22.24
    p_g7@12   bal_b3@12  1
    p_g7@12   ramp_g7@12  1
    p_g7@12   ramp_g7@13  -1
    p_g8@12   Obj       47.35
    p_g8@12   bal_b4@12  1
    p_g8@12   ramp_g8@12  1
    p_g8@12   mustrun@12  1
    p_g8@12   ramp_g8@13  -1
    p_g9@12   Obj       41.31
    p_g9@12   bal_b4@12  1
    p_g9@12   ramp_g9@12  1
    p_g9@12   mustrun@12  1
    p_g9@12   ramp_g9@13  -1
    imp@12    Obj       52.47
    imp@12    bal_b4@12  1
    f_l0@12   bal_b0@12  -1
    f_l0@12   bal_b1@12  1
    f_l1@12   bal_b1@12  -1
    f_l1@12   bal_b2@12  1
    f_l2@12   bal_b2@12  -1
    f_l2@12   bal_b3@12  1
    f_l3@12   bal_b2@12  -1
    f_l3@12   bal_b4@12  1
    f_l4@12   bal_b1@12  -1
    f_l4@12   bal_b3@12  1
    f_l5@12   bal_b0@12  -1
    f_l5@12   bal_b4@12  1
    ch_s0@12  bal_b2@12  -1
    ch_s0@12  soc_s0@12  -0.9343
    dis_s0@12  Obj       0.1
    dis_s0@12  bal_b2@12  1
    dis_s0@12  soc_s0@12  1.0619
    soc_s0@12  soc_s0@12  1
    soc_s0@12  soc_s0@13  -0.999
    ch_s1@12  bal_b2@12  -1
    ch_s1@12  soc_s1@12  -0.8896
    dis_s1@12  Obj       0.1
    dis_s1@12  bal_b2@12  1
    dis_s1@12  soc_s1@12  1.0685
    soc_s1@12  soc_s1@12  1
    soc_s1@12  soc_s1@13  -0.9989
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
    p_g0@13   Obj       73.34
    p_g0@13   bal_b0@13  1
    p_g0@13   ramp_g0@13  1
    p_g0@13   reserve@13  1
    p_g0@13   ramp_g0@14  -1
    p_g0@13   energycap_g0  1
    p_g1@13   Obj       60.65
    p_g1@13   bal_b0@13  1
    p_g2@13   Obj       28.09
    p_g2@13   bal_b1@13  1
    p_g2@13   ramp_g2@13  1
    p_g2@13   reserve@13  1
    p_g2@13   ramp_g2@14  -1
    p_g3@13   Obj       31.47
    p_g3@13   bal_b1@13  1
    p_g3@13   ramp_g3@13  1
    p_g3@13   reserve@13  1
    p_g3@13   ramp_g3@14  -1
    p_g4@13   Obj       16.62
    p_g4@13   bal_b2@13  1
    p_g4@13   ramp_g4@13  1
    p_g4@13   ramp_g4@14  -1
    p_g5@13   Obj       75.43
    p_g5@13   bal_b2@13  1
    p_g5@13   ramp_g5@13  1
    p_g5@13   ramp_g5@14  -1
    p_g6@13   Obj       54.95
    p_g6@13   bal_b3@13  1
    p_g7@13   Obj       22.24
    p_g7@13   bal_b3@13  1
    p_g7@13   ramp_g7@13  1
    p_g7@13   ramp_g7@14  -1
    p_g8@13   Obj       47.35
    p_g8@13   bal_b4@13  1
    p_g8@13   ramp_g8@13  1
    p_g8@13   mustrun@13  1
    p_g8@13   ramp_g8@14  -1
    p_g9@13   Obj       41.31
    p_g9@13   bal_b4@13  1
    p_g9@13   ramp_g9@13  1
    p_g9@13   mustrun@13  1
    p_g9@13   ramp_g9@14  -1
    imp@13    Obj       52.47
    imp@13    bal_b4@13  1
    f_l0@13   bal_b0@13  -1
    f_l0@13   bal_b1@13  1
    f_l1@13   bal_b1@13  -1
    f_l1@13   bal_b2@13  1
    f_l2@13   bal_b2@13  -1
    f_l2@13   bal_b3@13  1
    f_l3@13   bal_b2@13  -1
    f_l3@13   bal_b4@13  1
    f_l4@13   bal_b1@13  -1
    f_l4@13   bal_b3@13  1
    f_l5@13   bal_b0@13  -1
    f_l5@13   bal_b4@13  1
    ch_s0@13  bal_b2@13  -1
    ch_s0@13  soc_s0@13  -0.9343
    dis_s0@13  Obj       0.1
    dis_s0@13  bal_b2@13  1
    dis_s0@13  soc_s0@13  1.0619
    soc_s0@13  soc_s0@13  1
    soc_s0@13  soc_s0@14  -0.999
    ch_s1@13  bal_b2@13  -1
    ch_s1@13  soc_s1@13  -0.8896
    dis_s1@13  Obj       0.1
    dis_s1@13  bal_b2@13  1
    dis_s1@13  soc_s1@13  1.0685
    soc_s1@13  soc_s1@13  1
    soc_s1@13  soc_s1@14  -0.9989
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
    p_g0@14   Obj       73.34
    p_g0@14   bal_b0@14  1
    p_g0@14   ramp_g0@14  1
    p_g0@14   reserve@14  1
    p_g0@14   ramp_g0@15  -1
    p_g0@14   energycap_g0  1
    p_g1@14   Obj       60.65
    p_g1@14   bal_b0@14  1
    p_g2@14   Obj       28.09
    p_g2@14   bal_b1@14  1
    p_g2@14   ramp_g2@14  1
    p_g2@14   reserve@14  1
    p_g2@14   ramp_g2@15  -1
    p_g3@14   Obj       31.47
    p_g3@14   bal_b1@14  1
    p_g3@14   ramp_g3@14  1
    p_g3@14   reserve@14  1
    p_g3@14   ramp_g3@15  -1
    p_g4@14   Obj       16.62
    p_g4@14   bal_b2@14  1
    p_g4@14   ramp_g4@14  1
    p_g4@14   ramp_g4@15  -1
    p_g5@14   Obj       75.43
    p_g5@14   bal_b2@14  1
    p_g5@14   ramp_g5@14  1
    p_g5@14   ramp_g5@15  -1
    p_g6@14   Obj       54.95
    p_g6@14   bal_b3@14  1
    p_g7@14   Obj       22.24
    p_g7@14   bal_b3@14  1
    p_g7@14   ramp_g7@14  1
    p_g7@14   ramp_g7@15  -1
    p_g8@14   Obj       47.35
    p_g8@14   bal_b4@14  1
    p_g8@14   ramp_g8@14  1
    p_g8@14   mustrun@14  1
    p_g8@14   ramp_g8@15  -1
    p_g9@14   Obj       41.31
    p_g9@14   bal_b4@14  1
    p_g9@14   ramp_g9@14  1
    p_g9@14   mustrun@14  1
    p_g9@14   ramp_g9@15  -1
    imp@14    Obj       52.47
    imp@14    bal_b4@14  1
    f_l0@14   bal_b0@14  -1
    f_l0@14   bal_b1@14  1
    f_l1@14   bal_b1@14  -1
    f_l1@14   bal_b2@14  1
    f_l2@14   bal_b2@14  -1
    f_l2@14   bal_b3@14  1
    f_l3@14   bal_b2@14  -1
    f_l3@14   bal_b4@14  1
    f_l4@14   bal_b1@14  -1
    f_l4@14   bal_b3@14  1
    f_l5@14   bal_b0@14  -1
    f_l5@14   bal_b4@14  1
    ch_s0@14  bal_b2@14  -1
    ch_s0@14  soc_s0@14  -0.9343
    dis_s0@14  Obj       0.1
    dis_s0@14  bal_b2@14  1
    dis_s0@14  soc_s0@14  1.0619
    soc_s0@14  soc_s0@14  1
    soc_s0@14  soc_s0@15  -0.999
    ch_s1@14  bal_b2@14  -1
    ch_s1@14  soc_s1@14  -0.8896
    dis_s1@14  Obj       0.1
    dis_s1@14  bal_b2@14  1
    dis_s1@14  soc_s1@14  1.0685
    soc_s1@14  soc_s1@14  1
    soc_s1@14  soc_s1@15  -0.9989
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
    p_g0@15   Obj       73.34
    p_g0@15   bal_b0@15  1
    p_g0@15   ramp_g0@15  1
    p_g0@15   reserve@15  1
    p_g0@15   ramp_g0@16  -1
    p_g0@15   energycap_g0  1
    p_g1@15   Obj       60.65
    p_g1@15   bal_b0@15  1
    p_g2@15   Obj       28.09
    p_g2@15   bal_b1@15  1
    p_g2@15   ramp_g2@15  1
    p_g2@15   reserve@15  1
    p_g2@15   ramp_g2@16  -1
    p_g3@15   Obj       31.47
    p_g3@15   bal_b1@15  1
    p_g3@15   ramp_g3@15  1
    p_g3@15   reserve@15  1
    p_g3@15   ramp_g3@16  -1
    p_g4@15   Obj       16.62
    p_g4@15   bal_b2@15  1
    p_g4@15   ramp_g4@15  1
    p_g4@15   ramp_g4@16  -1
    p_g5@15   Obj       75.43
    p_g5@15   bal_b2@15  1
    p_g5@15   ramp_g5@15  1
    p_g5@15   ramp_g5@16  -1
    p_g6@15   Obj       54.95
    p_g6@15   bal_b3@15  1
    p_g7@15   Obj       22.24
    p_g7@15   bal_b3@15  1
    p_g7@15   ramp_g7@15  1
    p_g7@15   ramp_g7@16  -1
    p_g8@15   Obj       47.35
    p_g8@15   bal_b4@15  1
    p_g8@15   ramp_g8@15  1
    p_g8@15   mustrun@15  1
    p_g8@15   ramp_g8@16  -1
    p_g9@15   Obj       41.31
    p_g9@15   bal_b4@15  1
    p_g9@15   ramp_g9@15  1
    p_g9@15   mustrun@15  1
    p_g9@15   ramp_g9@16  -1
    imp@15    Obj       52.47
    imp@15    bal_b4@15  1
    f_l0@15   bal_b0@15  -1
    f_l0@15   bal_b1@15  1
    f_l1@15   bal_b1@15  -1
    f_l1@15   bal_b2@15  1
    f_l2@15   bal_b2@15  -1
    f_l2@15   bal_b3@15  1
    f_l3@15   bal_b2@15  -1
    f_l3@15   bal_b4@15  1
    f_l4@15   bal_b1@15  -1
    f_l4@15   bal_b3@15  1
    f_l5@15   bal_b0@15  -1
    f_l5@15   bal_b4@15  1
    ch_s0@15  bal_b2@15  -1
    ch_s0@15  soc_s0@15  -0.9343
    dis_s0@15  Obj       0.1
    dis_s0@15  bal_b2@15  1
    dis_s0@15  soc_s0@15  1.0619
    soc_s0@15  soc_s0@15  1
    soc_s0@15  soc_s0@16  -0.999
    ch_s1@15  bal_b2@15  -1
    ch_s1@15  soc_s1@15  -0.8896
    dis_s1@15  Obj       0.1
    dis_s1@15  bal_b2@15  1
    dis_s1@15  soc_s1@15  1.0685
    soc_s1@15  soc_s1@15  1
    soc_s1@15  soc_s1@16  -0.9989
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
    p_g0@16   Obj       73.34
    p_g0@16   bal_b0@16  1
    p_g0@16   ramp_g0@16  1
    p_g0@16   reserve@16  1
    p_g0@16   ramp_g0@17  -1
    p_g0@16   energycap_g0  1
    p_g1@16   Obj       60.65
    p_g1@16   bal_b0@16  1
    p_g2@16   Obj       28.09
    p_g2@16   bal_b1@16  1
    p_g2@16   ramp_g2@16  1
    p_g2@16   reserve@16  1
    p_g2@16   ramp_g2@17  -1
    p_g3@16   Obj       31.47
    p_g3@16   bal_b1@16  1
    p_g3@16   ramp_g3@16  1
    p_g3@16   reserve@16  1
    p_g3@16   ramp_g3@17  -1
    p_g4@16   Obj       16.62
    p_g4@16   bal_b2@16  1
    p_g4@16   ramp_g4@16  1
    p_g4@16   ramp_g4@17  -1
    p_g5@16   Obj       75.43
    p_g5@16   bal_b2@16  1
    p_g5@16   ramp_g5@16  1
    p_g5@16   ramp_g5@17  -1
    p_g6@16   Obj       54.95
    p_g6@16   bal_b3@16  1
    p_g7@16   Obj       22.24
    p_g7@16   bal_b3@16  1
    p_g7@16   ramp_g7@16  1
    p_g7@16   ramp_g7@17  -1
    p_g8@16   Obj       47.35
    p_g8@16   bal_b4@16  1
    p_g8@16   ramp_g8@16  1
    p_g8@16   mustrun@16  1
    p_g8@16   ramp_g8@17  -1
    p_g9@16   Obj       41.31
    p_g9@16   bal_b4@16  1
    p_g9@16   ramp_g9@16  1
    p_g9@16   mustrun@16  1
    p_g9@16   ramp_g9@17  -1
    imp@16    Obj       52.47
    imp@16    bal_b4@16  1
    f_l0@16   bal_b0@16  -1
    f_l0@16   bal_b1@16  1
    f_l1@16   bal_b1@16  -1
    f_l1@16   bal_b2@16  1
    f_l2@16   bal_b2@16  -1
    f_l2@16   bal_b3@16  1
    f_l3@16   bal_b2@16  -1
    f_l3@16   bal_b4@16  1
    f_l4@16   bal_b1@16  -1
    f_l4@16   bal_b3@16  1
    f_l5@16   bal_b0@16  -1
    f_l5@16   bal_b4@16  1
    ch_s0@16  bal_b2@16  -1
    ch_s0@16  soc_s0@16  -0.9343
    dis_s0@16  Obj       0.1
    dis_s0@16  bal_b2@16  1
    dis_s0@16  soc_s0@16  1.0619
    soc_s0@16  soc_s0@16  1
    soc_s0@16  soc_s0@17  -0.999
    ch_s1@16  bal_b2@16  -1
    ch_s1@16  soc_s1@16  -0.8896
    dis_s1@16  Obj       0.1
    dis_s1@16  bal_b2@16  1
    dis_s1@16  soc_s1@16  1.0685
    soc_s1@16  soc_s1@16  1
    soc_s1@16  soc_s1@17  -0.9989
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
    p_g0@17   Obj       73.34
    p_g0@17   bal_b0@17  1
    p_g0@17   ramp_g0@17  1
    p_g0@17   reserve@17  1
    p_g0@17   ramp_g0@18  -1
    p_g0@17   energycap_g0  1
    p_g1@17   Obj       60.65
    p_g1@17   bal_b0@17  1
    p_g2@17   Obj       28.09
    p_g2@17   bal_b1@17  1
    p_g2@17   ramp_g2@17  1
    p_g2@17   reserve@17  1
    p_g2@17   ramp_g2@18  -1
    p_g3@17   Obj       31.47
    p_g3@17   bal_b1@17  1
    p_g3@17   ramp_g3@17  1
    p_g3@17   reserve@17  1
    p_g3@17   ramp_g3@18  -1
    p_g4@17   Obj       16.62
    p_g4@17   bal_b2@17  1
    p_g4@17   ramp_g4@17  1
    p_g4@17   ramp_g4@18  -1
    p_g5@17   Obj       75.43
    p_g5@17   bal_b2@17  1
    p_g5@17   ramp_g5@17  1
    p_g5@17   ramp_g5@18  -1
    p_g6@17   Obj       54.95
    p_g6@17   bal_b3@17  1
    p_g7@17   Obj       22.24
    p_g7@17   bal_b3@17  1
    p_g7@17   ramp_g7@17  1
    p_g7@17   ramp_g7@18  -1
    p_g8@17   Obj       47.35
    p_g8@17   bal_b4@17  1
    p_g8@17   ramp_g8@17  1
    p_g8@17   mustrun@17  1
    p_g8@17   ramp_g8@18  -1
    p_g9@17   Obj       41.31
    p_g9@17   bal_b4@17  1
    p_g9@17   ramp_g9@17  1
    p_g9@17   mustrun@17  1
    p_g9@17   ramp_g9@18  -1
    imp@17    Obj       52.47
    imp@17    bal_b4@17  1
    f_l0@17   bal_b0@17  -1
    f_l0@17   bal_b1@17  1
    f_l1@17   bal_b1@17  -1
    f_l1@17   bal_b2@17  1
    f_l2@17   bal_b2@17  -1
    f_l2@17   bal_b3@17  1
    f_l3@17   bal_b2@17  -1
    f_l3@17   bal_b4@17  1
    f_l4@17   bal_b1@17  -1
    f_l4@17   bal_b3@17  1
    f_l5@17   bal_b0@17  -1
    f_l5@17   bal_b4@17  1
    ch_s0@17  bal_b2@17  -1
    ch_s0@17  soc_s0@17  -0.9343
    dis_s0@17  Obj       0.1
    dis_s0@17  bal_b2@17  1
    dis_s0@17  soc_s0@17  1.0619
    soc_s0@17  soc_s0@17  1
    soc_s0@17  soc_s0@18  -0.999
    ch_s1@17  bal_b2@17  -1
    ch_s1@17  soc_s1@17  -0.8896
    dis_s1@17  Obj       0.1
    dis_s1@17  bal_b2@17  1
    dis_s1@17  soc_s1@17  1.0685
    soc_s1@17  soc_s1@17  1
    soc_s1@17  soc_s1@18  -0.9989
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
    p_g0@18   Obj       73.34
    p_g0@18   bal_b0@18  1
    p_g0@18   ramp_g0@18  1
    p_g0@18   reserve@18  1
    p_g0@18   ramp_g0@19  -1
    p_g0@18   energycap_g0  1
    p_g1@18   Obj       60.65
    p_g1@18   bal_b0@18  1
    p_g2@18   Obj       28.09
    p_g2@18   bal_b1@18  1
    p_g2@18   ramp_g2@18  1
    p_g2@18   reserve@18  1
    p_g2@18   ramp_g2@19  -1
    p_g3@18   Obj       31.47
    p_g3@18   bal_b1@18  1
    p_g3@18   ramp_g3@18  1
    p_g3@18   reserve@18  1
    p_g3@18   ramp_g3@19  -1
    p_g4@18   Obj       16.62
    p_g4@18   bal_b2@18  1
    p_g4@18   ramp_g4@18  1
    p_g4@18   ramp_g4@19  -1
    p_g5@18   Obj       75.43
    p_g5@18   bal_b2@18  1
    p_g5@18   ramp_g5@18  1
    p_g5@18   ramp_g5@19  -1
    p_g6@18   Obj       54.95
    p_g6@18   bal_b3@18  1
    p_g7@18   Obj       22.24
    p_g7@18   bal_b3@18  1
    p_g7@18   ramp_g7@18  1
    p_g7@18   ramp_g7@19  -1
    p_g8@18   Obj       47.35
    p_g8@18   bal_b4@18  1
    p_g8@18   ramp_g8@18  1
    p_g8@18   mustrun@18  1
    p_g8@18   ramp_g8@19  -1
    p_g9@18   Obj       41.31
    p_g9@18   bal_b4@18  1
    p_g9@18   ramp_g9@18  1
    p_g9@18   mustrun@18  1
    p_g9@18   ramp_g9@19  -1
    imp@18    Obj       52.47
    imp@18    bal_b4@18  1
    f_l0@18   bal_b0@18  -1
    f_l0@18   bal_b1@18  1
    f_l1@18   bal_b1@18  -1
    f_l1@18   bal_b2@18  1
    f_l2@18   bal_b2@18  -1
    f_l2@18   bal_b3@18  1
    f_l3@18   bal_b2@18  -1
    f_l3@18   bal_b4@18  1
    f_l4@18   bal_b1@18  -1
    f_l4@18   bal_b3@18  1
    f_l5@18   bal_b0@18  -1
    f_l5@18   bal_b4@18  1
    ch_s0@18  bal_b2@18  -1
    ch_s0@18  soc_s0@18  -0.9343
    dis_s0@18  Obj       0.1
    dis_s0@18  bal_b2@18  1
    dis_s0@18  soc_s0@18  1.0619
    soc_s0@18  soc_s0@18  1
    soc_s0@18  soc_s0@19  -0.999
    ch_s1@18  bal_b2@18  -1
    ch_s1@18  soc_s1@18  -0.8896
    dis_s1@18  Obj       0.1
    dis_s1@18  bal_b2@18  1
    dis_s1@18  soc_s1@18  1.0685
    soc_s1@18  soc_s1@18  1
    soc_s1@18  soc_s1@19  -0.9989
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
    p_g0@19   Obj       73.34
    p_g0@19   bal_b0@19  1
    p_g0@19   ramp_g0@19  1
    p_g0@19   reserve@19  1
    p_g0@19   ramp_g0@20  -1
    p_g0@19   energycap_g0  1
    p_g1@19   Obj       60.65
    p_g1@19   bal_b0@19  1
    p_g2@19   Obj       28.09
    p_g2@19   bal_b1@19  1
    p_g2@19   ramp_g2@19  1
    p_g2@19   reserve@19  1
    p_g2@19   ramp_g2@20  -1
    p_g3@19   Obj       31.47
    p_g3@19   bal_b1@19  1
    p_g3@19   ramp_g3@19  1
    p_g3@19   reserve@19  1
    p_g3@19   ramp_g3@20  -1
    p_g4@19   Obj       16.62
    p_g4@19   bal_b2@19  1
    p_g4@19   ramp_g4@19  1
    p_g4@19   ramp_g4@20  -1
    p_g5@19   Obj       75.43
    p_g5@19   bal_b2@19  1
    p_g5@19   ramp_g5@19  1
    p_g5@19   ramp_g5@20  -1
    p_g6@19   Obj       54.95
    p_g6@19   bal_b3@19  1
    p_g7@19   Obj       22.24
    p_g7@19   bal_b3@19  1
    p_g7@19   ramp_g7@19  1
    p_g7@19   ramp_g7@20  -1
    p_g8@19   Obj       47.35
    p_g8@19   bal_b4@19  1
    p_g8@19   ramp_g8@19  1
    p_g8@19   mustrun@19  1
    p_g8@19   ramp_g8@20  -1
    p_g9@19   Obj       41.31
    p_g9@19   bal_b4@19  1
    p_g9@19   ramp_g9@19  1
    p_g9@19   mustrun@19  1
    p_g9@19   ramp_g9@20  -1
    imp@19    Obj       52.47
    imp@19    bal_b4@19  1
    f_l0@19   bal_b0@19  -1
    f_l0@19   bal_b1@19  1
    f_l1@19   bal_b1@19  -1
    f_l1@19   bal_b2@19  1
    f_l2@19   bal_b2@19  -1
    f_l2@19   bal_b3@19  1
    f_l3@19   bal_b2@19  -1
    f_l3@19   bal_b4@19  1
    f_l4@19   bal_b1@19  -1
    f_l4@19   bal_b3@19  1
    f_l5@19   bal_b0@19  -1
    f_l5@19   bal_b4@19  1
    ch_s0@19  bal_b2@19  -1
    ch_s0@19  soc_s0@19  -0.9343
    dis_s0@19  Obj       0.1
    dis_s0@19  bal_b2@19  1
    dis_s0@19  soc_s0@19  1.0619
    soc_s0@19  soc_s0@19  1
    soc_s0@19  soc_s0@20  -0.999
    ch_s1@19  bal_b2@19  -1
    ch_s1@19  soc_s1@19  -0.8896
    dis_s1@19  Obj       0.1
    dis_s1@19  bal_b2@19  1
    dis_s1@19  soc_s1@19  1.0685
    soc_s1@19  soc_s1@19  1
    soc_s1@19  soc_s1@20  -0.9989
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
    p_g0@20   Obj       73.34
    p_g0@20   bal_b0@20  1
    p_g0@20   ramp_g0@20  1
    p_g0@20   reserve@20  1
    p_g0@20   ramp_g0@21  -1
    p_g0@20   energycap_g0  1
    p_g1@20   Obj       60.65
    p_g1@20   bal_b0@20  1
    p_g2@20   Obj       28.09
    p_g2@20   bal_b1@20  1
    p_g2@20   ramp_g2@20  1
    p_g2@20   reserve@20  1
    p_g2@20   ramp_g2@21  -1
    p_g3@20   Obj       31.47
    p_g3@20   bal_b1@20  1
    p_g3@20   ramp_g3@20  1
    p_g3@20   reserve@20  1
    p_g3@20   ramp_g3@21  -1
    p_g4@20   Obj       16.62
    p_g4@20   bal_b2@20  1
    p_g4@20   ramp_g4@20  1
    p_g4@20   ramp_g4@21  -1
    p_g5@20   Obj       75.43
    p_g5@20   bal_b2@20  1
    p_g5@20   ramp_g5@20  1
    p_g5@20   ramp_g5@21  -1
    p_g6@20   Obj       54.95
    p_g6@20   bal_b3@20  1
    p_g7@20   Obj       22.24
    p_g7@20   bal_b3@20  1
    p_g7@20   ramp_g7@20  1
    p_g7@20   ramp_g7@21  -1
    p_g8@20   Obj       47.35
    p_g8@20   bal_b4@20  1
    p_g8@20   ramp_g8@20  1
    p_g8@20   mustrun@20  1
    p_g8@20   ramp_g8@21  -1
    p_g9@20   Obj       41.31
    p_g9@20   bal_b4@20  1
    p_g9@20   ramp_g9@20  1
    p_g9@20   mustrun@20  1
    p_g9@20   ramp_g9@21  -1
    imp@20    Obj       52.47
    imp@20    bal_b4@20  1
    f_l0@20   bal_b0@20  -1
    f_l0@20   bal_b1@20  1
    f_l1@20   bal_b1@20  -1
    f_l1@20   bal_b2@20  1
    f_l2@20   bal_b2@20  -1
    f_l2@20   bal_b3@20  1
    f_l3@20   bal_b2@20  -1
    f_l3@20   bal_b4@20  1
    f_l4@20   bal_b1@20  -1
    f_l4@20   bal_b3@20  1
    f_l5@20   bal_b0@20  -1
    f_l5@20   bal_b4@20  1
    ch_s0@20  bal_b2@20  -1
    ch_s0@20  soc_s0@20  -0.9343
    dis_s0@20  Obj       0.1
    dis_s0@20  bal_b2@20  1
    dis_s0@20  soc_s0@20  1.0619
    soc_s0@20  soc_s0@20  1
    soc_s0@20  soc_s0@21  -0.999
    ch_s1@20  bal_b2@20  -1
    ch_s1@20  soc_s1@20  -0.8896
    dis_s1@20  Obj       0.1
    dis_s1@20  bal_b2@20  1
    dis_s1@20  soc_s1@20  1.0685
    soc_s1@20  soc_s1@20  1
    soc_s1@20  soc_s1@21  -0.9989
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
    p_g0@21   Obj       73.34
    p_g0@21   bal_b0@21  1
    p_g0@21   ramp_g0@21  1
    p_g0@21   reserve@21  1
    p_g0@21   ramp_g0@22  -1
    p_g0@21   energycap_g0  1
    p_g1@21   Obj       60.65
    p_g1@21   bal_b0@21  1
    p_g2@21   Obj       28.09
    p_g2@21   bal_b1@21  1
    p_g2@21   ramp_g2@21  1
    p_g2@21   reserve@21  1
    p_g2@21   ramp_g2@22  -1
    p_g3@21   Obj       31.47
    p_g3@21   bal_b1@21  1
    p_g3@21   ramp_g3@21  1
    p_g3@21   reserve@21  1
    p_g3@21   ramp_g3@22  -1
    p_g4@21   Obj       16.62
    p_g4@21   bal_b2@21  1
    p_g4@21   ramp_g4@21  1
    p_g4@21   ramp_g4@22  -1
    p_g5@21   Obj       75.43
    p_g5@21   bal_b2@21  1
    p_g5@21   ramp_g5@21  1
    p_g5@21   ramp_g5@22  -1
    p_g6@21   Obj       54.95
    p_g6@21   bal_b3@21  1
    p_g7@21   Obj       22.24
    p_g7@21   bal_b3@21  1
    p_g7@21   ramp_g7@21  1
    p_g7@21   ramp_g7@22  -1
    p_g8@21   Obj       47.35
    p_g8@21   bal_b4@21  1
    p_g8@21   ramp_g8@21  1
    p_g8@21   mustrun@21  1
    p_g8@21   ramp_g8@22  -1
    p_g9@21   Obj       41.31
    p_g9@21   bal_b4@21  1
    p_g9@21   ramp_g9@21  1
    p_g9@21   mustrun@21  1
    p_g9@21   ramp_g9@22  -1
    imp@21    Obj       52.47
    imp@21    bal_b4@21  1
    f_l0@21   bal_b0@21  -1
    f_l0@21   bal_b1@21  1
    f_l1@21   bal_b1@21  -1
    f_l1@21   bal_b2@21  1
    f_l2@21   bal_b2@21  -1
    f_l2@21   bal_b3@21  1
    f_l3@21   bal_b2@21  -1
    f_l3@21   bal_b4@21  1
    f_l4@21   bal_b1@21  -1
    f_l4@21   bal_b3@21  1
    f_l5@21   bal_b0@21  -1
    f_l5@21   bal_b4@21  1
    ch_s0@21  bal_b2@21  -1
    ch_s0@21  soc_s0@21  -0.9343
    dis_s0@21  Obj       0.1
    dis_s0@21  bal_b2@21  1
    dis_s0@21  soc_s0@21  1.0619
    soc_s0@21  soc_s0@21  1
    soc_s0@21  soc_s0@22  -0.999
    ch_s1@21  bal_b2@21  -1
    ch_s1@21  soc_s1@21  -0.8896
    dis_s1@21  Obj       0.1
    dis_s1@21  bal_b2@21  1
    dis_s1@21  soc_s1@21  1.0685
    soc_s1@21  soc_s1@21  1
    soc_s1@21  soc_s1@22  -0.9989
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
    p_g0@22   Obj       73.34
    p_g0@22   bal_b0@22  1
    p_g0@22   ramp_g0@22  1
    p_g0@22   reserve@22  1
    p_g0@22   ramp_g0@23  -1
    p_g0@22   energycap_g0  1
    p_g1@22   Obj       60.65
    p_g1@22   bal_b0@22  1
    p_g2@22   Obj       28.09
    p_g2@22   bal_b1@22  1
    p_g2@22   ramp_g2@22  1
    p_g2@22   reserve@22  1
    p_g2@22   ramp_g2@23  -1
    p_g3@22   Obj       31.47
    p_g3@22   bal_b1@22  1
    p_g3@22   ramp_g3@22  1
    p_g3@22   reserve@22  1
    p_g3@22   ramp_g3@23  -1
    p_g4@22   Obj       16.62
    p_g4@22   bal_b2@22  1
    p_g4@22   ramp_g4@22  1
    p_g4@22   ramp_g4@23  -1
    p_g5@22   Obj       75.43
    p_g5@22   bal_b2@22  1
    p_g5@22   ramp_g5@22  1
    p_g5@22   ramp_g5@23  -1
    p_g6@22   Obj       54.95
    p_g6@22   bal_b3@22  1
    p_g7@22   Obj       22.24
    p_g7@22   bal_b3@22  1
    p_g7@22   ramp_g7@22  1
    p_g7@22   ramp_g7@23  -1
    p_g8@22   Obj       47.35
    p_g8@22   bal_b4@22  1
    p_g8@22   ramp_g8@22  1
    p_g8@22   mustrun@22  1
    p_g8@22   ramp_g8@23  -1
    p_g9@22   Obj       41.31
    p_g9@22   bal_b4@22  1
    p_g9@22   ramp_g9@22  1
    p_g9@22   mustrun@22  1
    p_g9@22   ramp_g9@23  -1
    imp@22    Obj       52.47
    imp@22    bal_b4@22  1
    f_l0@22   bal_b0@22  -1
    f_l0@22   bal_b1@22  1
    f_l1@22   bal_b1@22  -1
    f_l1@22   bal_b2@22  1
    f_l2@22   bal_b2@22  -1
    f_l2@22   bal_b3@22  1
    f_l3@22   bal_b2@22  -1
    f_l3@22   bal_b4@22  1
    f_l4@22   bal_b1@22  -1
    f_l4@22   bal_b3@22  1
    f_l5@22   bal_b0@22  -1
    f_l5@22   bal_b4@22  1
    ch_s0@22  bal_b2@22  -1
    ch_s0@22  soc_s0@22  -0.9343
    dis_s0@22  Obj       0.1
    dis_s0@22  bal_b2@22  1
    dis_s0@22  soc_s0@22  1.0619
    soc_s0@22  soc_s0@22  1
    soc_s0@22  soc_s0@23  -0.999
    ch_s1@22  bal_b2@22  -1
    ch_s1@22  soc_s1@22  -0.8896
    dis_s1@22  Obj       0.1
    dis_s1@22  bal_b2@22  1
    dis_s1@22  soc_s1@22  1.0685
    soc_s1@22  soc_s1@22  1
    soc_s1@22  soc_s1@23  -0.9989
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
    p_g0@23   Obj       73.34
    p_g0@23   bal_b0@23  1
    p_g0@23   ramp_g0@23  1
    p_g0@23   reserve@23  1
    p_g0@23   ramp_g0@24  -1
    p_g0@23   energycap_g0  1
    p_g1@23   Obj       60.65
    p_g1@23   bal_b0@23  1
    p_g2@23   Obj       28.09
    p_g2@23   bal_b1@23  1
    p_g2@23   ramp_g2@23  1
    p_g2@23   reserve@23  1
    p_g2@23   ramp_g2@24  -1
    p_g3@23   Obj       31.47
    p_g3@23   bal_b1@23  1
    p_g3@23   ramp_g3@23  1
    p_g3@23   reserve@23  1
    p_g3@23   ramp_g3@24  -1
    p_g4@23   Obj       16.62
    p_g4@23   bal_b2@23  1
    p_g4@23   ramp_g4@23  1
    p_g4@23   ramp_g4@24  -1
    p_g5@23   Obj       75.43
    p_g5@23   bal_b2@23  1
    p_g5@23   ramp_g5@23  1
    p_g5@23   ramp_g5@24  -1
    p_g6@23   Obj       54.95
    p_g6@23   bal_b3@23  1
    p_g7@23   Obj       22.24
    p_g7@23   bal_b3@23  1
    p_g7@23   ramp_g7@23  1
    p_g7@23   ramp_g7@24  -1
    p_g8@23   Obj       47.35
    p_g8@23   bal_b4@23  1
    p_g8@23   ramp_g8@23  1
    p_g8@23   mustrun@23  1
    p_g8@23   ramp_g8@24  -1
    p_g9@23   Obj       41.31
    p_g9@23   bal_b4@23  1
    p_g9@23   ramp_g9@23  1
    p_g9@23   mustrun@23  1
    p_g9@23   ramp_g9@24  -1
    imp@23    Obj       52.47
    imp@23    bal_b4@23  1
    f_l0@23   bal_b0@23  -1
    f_l0@23   bal_b1@23  1
    f_l1@23   bal_b1@23  -1
    f_l1@23   bal_b2@23  1
    f_l2@23   bal_b2@23  -1
    f_l2@23   bal_b3@23  1
    f_l3@23   bal_b2@23  -1
    f_l3@23   bal_b4@23  1
    f_l4@23   bal_b1@23  -1
    f_l4@23   bal_b3@23  1
    f_l5@23   bal_b0@23  -1
    f_l5@23   bal_b4@23  1
    ch_s0@23  bal_b2@23  -1
    ch_s0@23  soc_s0@23  -0.9343
    dis_s0@23  Obj       0.1
    dis_s0@23  bal_b2@23  1
    dis_s0@23  soc_s0@23  1.0619
    soc_s0@23  soc_s0@23  1
    soc_s0@23  soc_s0@24  -0.999
    ch_s1@23  bal_b2@23  -1
    ch_s1@23  soc_s1@23  -0.8896
    dis_s1@23  Obj       0.1
    dis_s1@23  bal_b2@23  1
    dis_s1@23  soc_s1@23  1.0685
    soc_s1@23  soc_s1@23  1
    soc_s1@23  soc_s1@24  -0.9989
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
    p_g0@24   Obj       73.34
    p_g0@24   bal_b0@24  1
    p_g0@24   ramp_g0@24  1
    p_g0@24   reserve@24  1
    p_g0@24   ramp_g0@25  -1
    p_g0@24   energycap_g0  1
    p_g1@24   Obj       60.65
    p_g1@24   bal_b0@24  1
    p_g2@24   Obj       28.09
    p_g2@24   bal_b1@24  1
    p_g2@24   ramp_g2@24  1
    p_g2@24   reserve@24  1
    p_g2@24   ramp_g2@25  -1
    p_g3@24   Obj       31.47
    p_g3@24   bal_b1@24  1
    p_g3@24   ramp_g3@24  1
    p_g3@24   reserve@24  1
    p_g3@24   ramp_g3@25  -1
    p_g4@24   Obj       16.62
    p_g4@24   bal_b2@24  1
    p_g4@24   ramp_g4@24  1
    p_g4@24   ramp_g4@25  -1
    p_g5@24   Obj       75.43
    p_g5@24   bal_b2@24  1
    p_g5@24   ramp_g5@24  1
    p_g5@24   ramp_g5@25  -1
    p_g6@24   Obj       54.95
    p_g6@24   bal_b3@24  1
    p_g7@24   Obj       22.24
    p_g7@24   bal_b3@24  1
    p_g7@24   ramp_g7@24  1
    p_g7@24   ramp_g7@25  -1
    p_g8@24   Obj       47.35
    p_g8@24   bal_b4@24  1
    p_g8@24   ramp_g8@24  1
    p_g8@24   mustrun@24  1
    p_g8@24   ramp_g8@25  -1
    p_g9@24   Obj       41.31
    p_g9@24   bal_b4@24  1
    p_g9@24   ramp_g9@24  1
    p_g9@24   mustrun@24  1
    p_g9@24   ramp_g9@25  -1
    imp@24    Obj       52.47
    imp@24    bal_b4@24  1
    f_l0@24   bal_b0@24  -1
    f_l0@24   bal_b1@24  1
    f_l1@24   bal_b1@24  -1
    f_l1@24   bal_b2@24  1
    f_l2@24   bal_b2@24  -1
    f_l2@24   bal_b3@24  1
    f_l3@24   bal_b2@24  -1
    f_l3@24   bal_b4@24  1
    f_l4@24   bal_b1@24  -1
    f_l4@24   bal_b3@24  1
    f_l5@24   bal_b0@24  -1
    f_l5@24   bal_b4@24  1
    ch_s0@24  bal_b2@24  -1
    ch_s0@24  soc_s0@24  -0.9343
    dis_s0@24  Obj       0.1
    dis_s0@24  bal_b2@24  1
    dis_s0@24  soc_s0@24  1.0619
    soc_s0@24  soc_s0@24  1
    soc_s0@24  soc_s0@25  -0.999
    ch_s1@24  bal_b2@24  -1
    ch_s1@24  soc_s1@24  -0.8896
    dis_s1@24  Obj       0.1
    dis_s1@24  bal_b2@24  1
    dis_s1@24  soc_s1@24  1.0685
    soc_s1@24  soc_s1@24  1
    soc_s1@24  soc_s1@25  -0.9989
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
    p_g0@25   Obj       73.34
    p_g0@25   bal_b0@25  1
    p_g0@25   ramp_g0@25  1
    p_g0@25   reserve@25  1
    p_g0@25   ramp_g0@26  -1
    p_g0@25   energycap_g0  1
    p_g1@25   Obj       60.65
    p_g1@25   bal_b0@25  1
    p_g2@25   Obj       28.09
    p_g2@25   bal_b1@25  1
    p_g2@25   ramp_g2@25  1
    p_g2@25   reserve@25  1
    p_g2@25   ramp_g2@26  -1
    p_g3@25   Obj       31.47
    p_g3@25   bal_b1@25  1
    p_g3@25   ramp_g3@25  1
    p_g3@25   reserve@25  1
    p_g3@25   ramp_g3@26  -1
    p_g4@25   Obj       16.62
    p_g4@25   bal_b2@25  1
    p_g4@25   ramp_g4@25  1
    p_g4@25   ramp_g4@26  -1
    p_g5@25   Obj       75.43
    p_g5@25   bal_b2@25  1
    p_g5@25   ramp_g5@25  1
    p_g5@25   ramp_g5@26  -1
    p_g6@25   Obj       54.95
    p_g6@25   bal_b3@25  1
    p_g7@25   Obj       22.24
    p_g7@25   bal_b3@25  1
    p_g7@25   ramp_g7@25  1
    p_g7@25   ramp_g7@26  -1
    p_g8@25   Obj       47.35
    p_g8@25   bal_b4@25  1
    p_g8@25   ramp_g8@25  1
    p_g8@25   mustrun@25  1
    p_g8@25   ramp_g8@26  -1
    p_g9@25   Obj       41.31
    p_g9@25   bal_b4@25  1
    p_g9@25   ramp_g9@25  1
    p_g9@25   mustrun@25  1
    p_g9@25   ramp_g9@26  -1
    imp@25    Obj       52.47
    imp@25    bal_b4@25  1
    f_l0@25   bal_b0@25  -1
    f_l0@25   bal_b1@25  1
    f_l1@25   bal_b1@25  -1
    f_l1@25   bal_b2@25  1
    f_l2@25   bal_b2@25  -1
    f_l2@25   bal_b3@25  1
    f_l3@25   bal_b2@25  -1
    f_l3@25   bal_b4@25  1
    f_l4@25   bal_b1@25  -1
    f_l4@25   bal_b3@25  1
    f_l5@25   bal_b0@25  -1
    f_l5@25   bal_b4@25  1
    ch_s0@25  bal_b2@25  -1
    ch_s0@25  soc_s0@25  -0.9343
    dis_s0@25  Obj       0.1
    dis_s0@25  bal_b2@25  1
    dis_s0@25  soc_s0@25  1.0619
    soc_s0@25  soc_s0@25  1
    soc_s0@25  soc_s0@26  -0.999
    ch_s1@25  bal_b2@25  -1
    ch_s1@25  soc_s1@25  -0.8896
    dis_s1@25  Obj       0.1
    dis_s1@25  bal_b2@25  1
    dis_s1@25  soc_s1@25  1.0685
    soc_s1@25  soc_s1@25  1
    soc_s1@25  soc_s1@26  -0.9989
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
    p_g0@26   Obj       73.34
    p_g0@26   bal_b0@26  1
    p_g0@26   ramp_g0@26  1
    p_g0@26   reserve@26  1
    p_g0@26   ramp_g0@27  -1
    p_g0@26   energycap_g0  1
    p_g1@26   Obj       60.65
    p_g1@26   bal_b0@26  1
    p_g2@26   Obj       28.09
    p_g2@26   bal_b1@26  1
    p_g2@26   ramp_g2@26  1
    p_g2@26   reserve@26  1
    p_g2@26   ramp_g2@27  -1
    p_g3@26   Obj       31.47
    p_g3@26   bal_b1@26  1
    p_g3@26   ramp_g3@26  1
    p_g3@26   reserve@26  1
    p_g3@26   ramp_g3@27  -1
    p_g4@26   Obj       16.62
    p_g4@26   bal_b2@26  1
    p_g4@26   ramp_g4@26  1
    p_g4@26   ramp_g4@27  -1
    p_g5@26   Obj       75.43
    p_g5@26   bal_b2@26  1
    p_g5@26   ramp_g5@26  1
    p_g5@26   ramp_g5@27  -1
    p_g6@26   Obj       54.95
    p_g6@26   bal_b3@26  1
    p_g7@26   Obj       22.24
    p_g7@26   bal_b3@26  1
    p_g7@26   ramp_g7@26  1
    p_g7@26   ramp_g7@27  -1
    p_g8@26   Obj       47.35
    p_g8@26   bal_b4@26  1
    p_g8@26   ramp_g8@26  1
    p_g8@26   mustrun@26  1
    p_g8@26   ramp_g8@27  -1
    p_g9@26   Obj       41.31
    p_g9@26   bal_b4@26  1
    p_g9@26   ramp_g9@26  1
    p_g9@26   mustrun@26  1
    p_g9@26   ramp_g9@27  -1
    imp@26    Obj       52.47
    imp@26    bal_b4@26  1
    f_l0@26   bal_b0@26  -1
    f_l0@26   bal_b1@26  1
    f_l1@26   bal_b1@26  -1
    f_l1@26   bal_b2@26  1
    f_l2@26   bal_b2@26  -1
    f_l2@26   bal_b3@26  1
    f_l3@26   bal_b2@26  -1
    f_l3@26   bal_b4@26  1
    f_l4@26   bal_b1@26  -1
    f_l4@26   bal_b3@26  1
    f_l5@26   bal_b0@26  -1
    f_l5@26   bal_b4@26  1
    ch_s0@26  bal_b2@26  -1
    ch_s0@26  soc_s0@26  -0.9343
    dis_s0@26  Obj       0.1
    dis_s0@26  bal_b2@26  1
    dis_s0@26  soc_s0@26  1.0619
    soc_s0@26  soc_s0@26  1
    soc_s0@26  soc_s0@27  -0.999
    ch_s1@26  bal_b2@26  -1
    ch_s1@26  soc_s1@26  -0.8896
    dis_s1@26  Obj       0.1
    dis_s1@26  bal_b2@26  1
    dis_s1@26  soc_s1@26  1.0685
    soc_s1@26  soc_s1@26  1
    soc_s1@26  soc_s1@27  -0.9989
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
    p_g0@27   Obj       73.34
    p_g0@27   bal_b0@27  1
    p_g0@27   ramp_g0@27  1
    p_g0@27   reserve@27  1
    p_g0@27   ramp_g0@28  -1
    p_g0@27   energycap_g0  1
    p_g1@27   Obj       60.65
    p_g1@27   bal_b0@27  1
    p_g2@27   Obj       28.09
    p_g2@27   bal_b1@27  1
    p_g2@27   ramp_g2@27  1
    p_g2@27   reserve@27  1
    p_g2@27   ramp_g2@28  -1
    p_g3@27   Obj       31.47
    p_g3@27   bal_b1@27  1
    p_g3@27   ramp_g3@27  1
    p_g3@27   reserve@27  1
    p_g3@27   ramp_g3@28  -1
    p_g4@27   Obj       16.62
    p_g4@27   bal_b2@27  1
    p_g4@27   ramp_g4@27  1
    p_g4@27   ramp_g4@28  -1
    p_g5@27   Obj       75.43
    p_g5@27   bal_b2@27  1
    p_g5@27   ramp_g5@27  1
    p_g5@27   ramp_g5@28  -1
    p_g6@27   Obj       54.95
    p_g6@27   bal_b3@27  1
    p_g7@27   Obj       22.24
    p_g7@27   bal_b3@27  1
    p_g7@27   ramp_g7@27  1
    p_g7@27   ramp_g7@28  -1
    p_g8@27   Obj       47.35
    p_g8@27   bal_b4@27  1
    p_g8@27   ramp_g8@27  1
    p_g8@27   mustrun@27  1
    p_g8@27   ramp_g8@28  -1
    p_g9@27   Obj       41.31
    p_g9@27   bal_b4@27  1
    p_g9@27   ramp_g9@27  1
    p_g9@27   mustrun@27  1
    p_g9@27   ramp_g9@28  -1
    imp@27    Obj       52.47
    imp@27    bal_b4@27  1
    f_l0@27   bal_b0@27  -1
    f_l0@27   bal_b1@27  1
    f_l1@27   bal_b1@27  -1
    f_l1@27   bal_b2@27  1
    f_l2@27   bal_b2@27  -1
    f_l2@27   bal_b3@27  1
    f_l3@27   bal_b2@27  -1
    f_l3@27   bal_b4@27  1
    f_l4@27   bal_b1@27  -1
    f_l4@27   bal_b3@27  1
    f_l5@27   bal_b0@27  -1
    f_l5@27   bal_b4@27  1
    ch_s0@27  bal_b2@27  -1
    ch_s0@27  soc_s0@27  -0.9343
    dis_s0@27  Obj       0.1
    dis_s0@27  bal_b2@27  1
    dis_s0@27  soc_s0@27  1.0619
    soc_s0@27  soc_s0@27  1
    soc_s0@27  soc_s0@28  -0.999
    ch_s1@27  bal_b2@27  -1
    ch_s1@27  soc_s1@27  -0.8896
    dis_s1@27  Obj       0.1
    dis_s1@27  bal_b2@27  1
    dis_s1@27  soc_s1@27  1.0685
    soc_s1@27  soc_s1@27  1
    soc_s1@27  soc_s1@28  -0.9989
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
    p_g0@28   Obj       73.34
    p_g0@28   bal_b0@28  1
    p_g0@28   ramp_g0@28  1
    p_g0@28   reserve@28  1
    p_g0@28   ramp_g0@29  -1
    p_g0@28   energycap_g0  1
    p_g1@28   Obj       60.65
    p_g1@28   bal_b0@28  1
    p_g2@28   Obj       28.09
    p_g2@28   bal_b1@28  1
    p_g2@28   ramp_g2@28  1
    p_g2@28   reserve@28  1
    p_g2@28   ramp_g2@29  -1
    p_g3@28   Obj       31.47
    p_g3@28   bal_b1@28  1
    p_g3@28   ramp_g3@28  1
    p_g3@28   reserve@28  1
    p_g3@28   ramp_g3@29  -1
    p_g4@28   Obj       16.62
    p_g4@28   bal_b2@28  1
    p_g4@28   ramp_g4@28  1
    p_g4@28   ramp_g4@29  -1
    p_g5@28   Obj       75.43
    p_g5@28   bal_b2@28  1
    p_g5@28   ramp_g5@28  1
    p_g5@28   ramp_g5@29  -1
    p_g6@28   Obj       54.95
    p_g6@28   bal_b3@28  1
    p_g7@28   Obj       22.24
    p_g7@28   bal_b3@28  1
    p_g7@28   ramp_g7@28  1
    p_g7@28   ramp_g7@29  -1
    p_g8@28   Obj       47.35
    p_g8@28   bal_b4@28  1
    p_g8@28   ramp_g8@28  1
    p_g8@28   mustrun@28  1
    p_g8@28   ramp_g8@29  -1
    p_g9@28   Obj       41.31
    p_g9@28   bal_b4@28  1
    p_g9@28   ramp_g9@28  1
    p_g9@28   mustrun@28  1
    p_g9@28   ramp_g9@29  -1
    imp@28    Obj       52.47
    imp@28    bal_b4@28  1
    f_l0@28   bal_b0@28  -1
    f_l0@28   bal_b1@28  1
    f_l1@28   bal_b1@28  -1
    f_l1@28   bal_b2@28  1
    f_l2@28   bal_b2@28  -1
    f_l2@28   bal_b3@28  1
    f_l3@28   bal_b2@28  -1
    f_l3@28   bal_b4@28  1
    f_l4@28   bal_b1@28  -1
    f_l4@28   bal_b3@28  1
    f_l5@28   bal_b0@28  -1
    f_l5@28   bal_b4@28  1
    ch_s0@28  bal_b2@28  -1
    ch_s0@28  soc_s0@28  -0.9343
    dis_s0@28  Obj       0.1
    dis_s0@28  bal_b2@28  1
    dis_s0@28  soc_s0@28  1.0619
    soc_s0@28  soc_s0@28  1
    soc_s0@28  soc_s0@29  -0.999
    ch_s1@28  bal_b2@28  -1
    ch_s1@28  soc_s1@28  -0.8896
    dis_s1@28  Obj       0.1
    dis_s1@28  bal_b2@28  1
    dis_s1@28  soc_s1@28  1.0685
    soc_s1@28  soc_s1@28  1
    soc_s1@28  soc_s1@29  -0.9989
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
    p_g0@29   Obj       73.34
    p_g0@29   bal_b0@29  1
    p_g0@29   ramp_g0@29  1
    p_g0@29   reserve@29  1
    p_g0@29   ramp_g0@30  -1
    p_g0@29   energycap_g0  1
    p_g1@29   Obj       60.65
    p_g1@29   bal_b0@29  1
    p_g2@29   Obj       28.09
    p_g2@29   bal_b1@29  1
    p_g2@29   ramp_g2@29  1
    p_g2@29   reserve@29  1
    p_g2@29   ramp_g2@30  -1
    p_g3@29   Obj       31.47
    p_g3@29   bal_b1@29  1
    p_g3@29   ramp_g3@29  1
    p_g3@29   reserve@29  1
    p_g3@29   ramp_g3@30  -1
    p_g4@29   Obj       16.62
    p_g4@29   bal_b2@29  1
    p_g4@29   ramp_g4@29  1
    p_g4@29   ramp_g4@30  -1
    p_g5@29   Obj       75.43
    p_g5@29   bal_b2@29  1
    p_g5@29   ramp_g5@29  1
    p_g5@29   ramp_g5@30  -1
    p_g6@29   Obj       54.95
    p_g6@29   bal_b3@29  1
    p_g7@29   Obj       22.24
    p_g7@29   bal_b3@29  1
    p_g7@29   ramp_g7@29  1
    p_g7@29   ramp_g7@30  -1
    p_g8@29   Obj       47.35
    p_g8@29   bal_b4@29  1
    p_g8@29   ramp_g8@29  1
    p_g8@29   mustrun@29  1
    p_g8@29   ramp_g8@30  -1
    p_g9@29   Obj       41.31
    p_g9@29   bal_b4@29  1
    p_g9@29   ramp_g9@29  1
    p_g9@29   mustrun@29  1
    p_g9@29   ramp_g9@30  -1
    imp@29    Obj       52.47
    imp@29    bal_b4@29  1
    f_l0@29   bal_b0@29  -1
    f_l0@29   bal_b1@29  1
    f_l1@29   bal_b1@29  -1
    f_l1@29   bal_b2@29  1
    f_l2@29   bal_b2@29  -1
    f_l2@29   bal_b3@29  1
    f_l3@29   bal_b2@29  -1
    f_l3@29   bal_b4@29  1
    f_l4@29   bal_b1@29  -1
    f_l4@29   bal_b3@29  1
    f_l5@29   bal_b0@29  -1
    f_l5@29   bal_b4@29  1
    ch_s0@29  bal_b2@29  -1
    ch_s0@29  soc_s0@29  -0.9343
    dis_s0@29  Obj       0.1
    dis_s0@29  bal_b2@29  1
    dis_s0@29  soc_s0@29  1.0619
    soc_s0@29  soc_s0@29  1
    soc_s0@29  soc_s0@30  -0.999
    ch_s1@29  bal_b2@29  -1
    ch_s1@29  soc_s1@29  -0.8896
    dis_s1@29  Obj       0.1
    dis_s1@29  bal_b2@29  1
    dis_s1@29  soc_s1@29  1.0685
    soc_s1@29  soc_s1@29  1
    soc_s1@29  soc_s1@30  -0.9989
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
    p_g0@30   Obj       73.34
    p_g0@30   bal_b0@30  1
    p_g0@30   ramp_g0@30  1
    p_g0@30   reserve@30  1
    p_g0@30   ramp_g0@31  -1
    p_g0@30   energycap_g0  1
    p_g1@30   Obj       60.65
    p_g1@30   bal_b0@30  1
    p_g2@30   Obj       28.09
    p_g2@30   bal_b1@30  1
    p_g2@30   ramp_g2@30  1
    p_g2@30   reserve@30  1
    p_g2@30   ramp_g2@31  -1
    p_g3@30   Obj       31.47
    p_g3@30   bal_b1@30  1
    p_g3@30   ramp_g3@30  1
    p_g3@30   reserve@30  1
    p_g3@30   ramp_g3@31  -1
    p_g4@30   Obj       16.62
    p_g4@30   bal_b2@30  1
    p_g4@30   ramp_g4@30  1
    p_g4@30   ramp_g4@31  -1
    p_g5@30   Obj       75.43
    p_g5@30   bal_b2@30  1
    p_g5@30   ramp_g5@30  1
    p_g5@30   ramp_g5@31  -1
    p_g6@30   Obj       54.95
    p_g6@30   bal_b3@30  1
    p_g7@30   Obj       22.24
    p_g7@30   bal_b3@30  1
    p_g7@30   ramp_g7@30  1
    p_g7@30   ramp_g7@31  -1
    p_g8@30   Obj       47.35
    p_g8@30   bal_b4@30  1
    p_g8@30   ramp_g8@30  1
    p_g8@30   mustrun@30  1
    p_g8@30   ramp_g8@31  -1
    p_g9@30   Obj       41.31
    p_g9@30   bal_b4@30  1
    p_g9@30   ramp_g9@30  1
    p_g9@30   mustrun@30  1
    p_g9@30   ramp_g9@31  -1
    imp@30    Obj       52.47
    imp@30    bal_b4@30  1
    f_l0@30   bal_b0@30  -1
    f_l0@30   bal_b1@30  1
    f_l1@30   bal_b1@30  -1
    f_l1@30   bal_b2@30  1
    f_l2@30   bal_b2@30  -1
    f_l2@30   bal_b3@30  1
    f_l3@30   bal_b2@30  -1
    f_l3@30   bal_b4@30  1
    f_l4@30   bal_b1@30  -1
    f_l4@30   bal_b3@30  1
    f_l5@30   bal_b0@30  -1
    f_l5@30   bal_b4@30  1
    ch_s0@30  bal_b2@30  -1
    ch_s0@30  soc_s0@30  -0.9343
    dis_s0@30  Obj       0.1
    dis_s0@30  bal_b2@30  1
    dis_s0@30  soc_s0@30  1.0619
    soc_s0@30  soc_s0@30  1
    soc_s0@30  soc_s0@31  -0.999
    ch_s1@30  bal_b2@30  -1
    ch_s1@30  soc_s1@30  -0.8896
    dis_s1@30  Obj       0.1
    dis_s1@30  bal_b2@30  1
    dis_s1@30  soc_s1@30  1.0685
    soc_s1@30  soc_s1@30  1
    soc_s1@30  soc_s1@31  -0.9989
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
    p_g0@31   Obj       73.34
    p_g0@31   bal_b0@31  1
    p_g0@31   ramp_g0@31  1
    p_g0@31   reserve@31  1
    p_g0@31   ramp_g0@32  -1
    p_g0@31   energycap_g0  1
    p_g1@31   Obj       60.65
    p_g1@31   bal_b0@31  1
    p_g2@31   Obj       28.09
    p_g2@31   bal_b1@31  1
    p_g2@31   ramp_g2@31  1
    p_g2@31   reserve@31  1
    p_g2@31   ramp_g2@32  -1
    p_g3@31   Obj       31.47
    p_g3@31   bal_b1@31  1
    p_g3@31   ramp_g3@31  1
    p_g3@31   reserve@31  1
    p_g3@31   ramp_g3@32  -1
    p_g4@31   Obj       16.62
    p_g4@31   bal_b2@31  1
    p_g4@31   ramp_g4@31  1
    p_g4@31   ramp_g4@32  -1
    p_g5@31   Obj       75.43
    p_g5@31   bal_b2@31  1
    p_g5@31   ramp_g5@31  1
    p_g5@31   ramp_g5@32  -1
    p_g6@31   Obj       54.95
    p_g6@31   bal_b3@31  1
    p_g7@31   Obj       22.24
    p_g7@31   bal_b3@31  1
    p_g7@31   ramp_g7@31  1
    p_g7@31   ramp_g7@32  -1
    p_g8@31   Obj       47.35
    p_g8@31   bal_b4@31  1
    p_g8@31   ramp_g8@31  1
    p_g8@31   mustrun@31  1
    p_g8@31   ramp_g8@32  -1
    p_g9@31   Obj       41.31
    p_g9@31   bal_b4@31  1
    p_g9@31   ramp_g9@31  1
    p_g9@31   mustrun@31  1
    p_g9@31   ramp_g9@32  -1
    imp@31    Obj       52.47
    imp@31    bal_b4@31  1
    f_l0@31   bal_b0@31  -1
    f_l0@31   bal_b1@31  1
    f_l1@31   bal_b1@31  -1
    f_l1@31   bal_b2@31  1
    f_l2@31   bal_b2@31  -1
    f_l2@31   bal_b3@31  1
    f_l3@31   bal_b2@31  -1
    f_l3@31   bal_b4@31  1
    f_l4@31   bal_b1@31  -1
    f_l4@31   bal_b3@31  1
    f_l5@31   bal_b0@31  -1
    f_l5@31   bal_b4@31  1
    ch_s0@31  bal_b2@31  -1
    ch_s0@31  soc_s0@31  -0.9343
    dis_s0@31  Obj       0.1
    dis_s0@31  bal_b2@31  1
    dis_s0@31  soc_s0@31  1.0619
    soc_s0@31  soc_s0@31  1
    soc_s0@31  soc_s0@32  -0.999
    ch_s1@31  bal_b2@31  -1
    ch_s1@31  soc_s1@31  -0.8896
    dis_s1@31  Obj       0.1
    dis_s1@31  bal_b2@31  1
    dis_s1@31  soc_s1@31  1.0685
    soc_s1@31  soc_s1@31  1
    soc_s1@31  soc_s1@32  -0.9989
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
    p_g0@32   Obj       73.34
    p_g0@32   bal_b0@32  1
    p_g0@32   ramp_g0@32  1
    p_g0@32   reserve@32  1
    p_g0@32   ramp_g0@33  -1
    p_g0@32   energycap_g0  1
    p_g1@32   Obj       60.65
    p_g1@32   bal_b0@32  1
    p_g2@32   Obj       28.09
    p_g2@32   bal_b1@32  1
    p_g2@32   ramp_g2@32  1
    p_g2@32   reserve@32  1
    p_g2@32   ramp_g2@33  -1
    p_g3@32   Obj       31.47
    p_g3@32   bal_b1@32  1
    p_g3@32   ramp_g3@32  1
    p_g3@32   reserve@32  1
    p_g3@32   ramp_g3@33  -1
    p_g4@32   Obj       16.62
    p_g4@32   bal_b2@32  1
    p_g4@32   ramp_g4@32  1
    p_g4@32   ramp_g4@33  -1
    p_g5@32   Obj       75.43
    p_g5@32   bal_b2@32  1
    p_g5@32   ramp_g5@32  1
    p_g5@32   ramp_g5@33  -1
    p_g6@32   Obj       54.95
    p_g6@32   bal_b3@32  1
    p_g7@32   Obj       22.24
    p_g7@32   bal_b3@32  1
    p_g7@32   ramp_g7@32  1
    p_g7@32   ramp_g7@33  -1
    p_g8@32   Obj       47.35
    p_g8@32   bal_b4@32  1
    p_g8@32   ramp_g8@32  1
    p_g8@32   mustrun@32  1
    p_g8@32   ramp_g8@33  -1
    p_g9@32   Obj       41.31
    p_g9@32   bal_b4@32  1
    p_g9@32   ramp_g9@32  1
    p_g9@32   mustrun@32  1
    p_g9@32   ramp_g9@33  -1
    imp@32    Obj       52.47
    imp@32    bal_b4@32  1
    f_l0@32   bal_b0@32  -1
    f_l0@32   bal_b1@32  1
    f_l1@32   bal_b1@32  -1
    f_l1@32   bal_b2@32  1
    f_l2@32   bal_b2@32  -1
    f_l2@32   bal_b3@32  1
    f_l3@32   bal_b2@32  -1
    f_l3@32   bal_b4@32  1
    f_l4@32   bal_b1@32  -1
    f_l4@32   bal_b3@32  1
    f_l5@32   bal_b0@32  -1
    f_l5@32   bal_b4@32  1
    ch_s0@32  bal_b2@32  -1
    ch_s0@32  soc_s0@32  -0.9343
    dis_s0@32  Obj       0.1
    dis_s0@32  bal_b2@32  1
    dis_s0@32  soc_s0@32  1.0619
    soc_s0@32  soc_s0@32  1
    soc_s0@32  soc_s0@33  -0.999
    ch_s1@32  bal_b2@32  -1
    ch_s1@32  soc_s1@32  -0.8896
    dis_s1@32  Obj       0.1
    dis_s1@32  bal_b2@32  1
    dis_s1@32  soc_s1@32  1.0685
    soc_s1@32  soc_s1@32  1
    soc_s1@32  soc_s1@33  -0.9989
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
    p_g0@33   Obj       73.34
    p_g0@33   bal_b0@33  1
    p_g0@33   ramp_g0@33  1
    p_g0@33   reserve@33  1
    p_g0@33   ramp_g0@34  -1
    p_g0@33   energycap_g0  1
    p_g1@33   Obj       60.65
    p_g1@33   bal_b0@33  1
    p_g2@33   Obj       28.09
    p_g2@33   bal_b1@33  1
    p_g2@33   ramp_g2@33  1
    p_g2@33   reserve@33  1
    p_g2@33   ramp_g2@34  -1
    p_g3@33   Obj       31.47
    p_g3@33   bal_b1@33  1
    p_g3@33   ramp_g3@33  1
    p_g3@33   reserve@33  1
    p_g3@33   ramp_g3@34  -1
    p_g4@33   Obj       16.62
    p_g4@33   bal_b2@33  1
    p_g4@33   ramp_g4@33  1
    p_g4@33   ramp_g4@34  -1
    p_g5@33   Obj       75.43
    p_g5@33   bal_b2@33  1
    p_g5@33   ramp_g5@33  1
    p_g5@33   ramp_g5@34  -1
    p_g6@33   Obj       54.95
    p_g6@33   bal_b3@33  1
    p_g7@33   Obj       22.24
    p_g7@33   bal_b3@33  1
    p_g7@33   ramp_g7@33  1
    p_g7@33   ramp_g7@34  -1
    p_g8@33   Obj       47.35
    p_g8@33   bal_b4@33  1
    p_g8@33   ramp_g8@33  1
    p_g8@33   mustrun@33  1
    p_g8@33   ramp_g8@34  -1
    p_g9@33   Obj       41.31
    p_g9@33   bal_b4@33  1
    p_g9@33   ramp_g9@33  1
    p_g9@33   mustrun@33  1
    p_g9@33   ramp_g9@34  -1
    imp@33    Obj       52.47
    imp@33    bal_b4@33  1
    f_l0@33   bal_b0@33  -1
    f_l0@33   bal_b1@33  1
    f_l1@33   bal_b1@33  -1
    f_l1@33   bal_b2@33  1
    f_l2@33   bal_b2@33  -1
    f_l2@33   bal_b3@33  1
    f_l3@33   bal_b2@33  -1
    f_l3@33   bal_b4@33  1
    f_l4@33   bal_b1@33  -1
    f_l4@33   bal_b3@33  1
    f_l5@33   bal_b0@33  -1
    f_l5@33   bal_b4@33  1
    ch_s0@33  bal_b2@33  -1
    ch_s0@33  soc_s0@33  -0.9343
    dis_s0@33  Obj       0.1
    dis_s0@33  bal_b2@33  1
    dis_s0@33  soc_s0@33  1.0619
    soc_s0@33  soc_s0@33  1
    soc_s0@33  soc_s0@34  -0.999
    ch_s1@33  bal_b2@33  -1
    ch_s1@33  soc_s1@33  -0.8896
    dis_s1@33  Obj       0.1
    dis_s1@33  bal_b2@33  1
    dis_s1@33  soc_s1@33  1.0685
    soc_s1@33  soc_s1@33  1
    soc_s1@33  soc_s1@34  -0.9989
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
    p_g0@34   Obj       73.34
    p_g0@34   bal_b0@34  1
    p_g0@34   ramp_g0@34  1
    p_g0@34   reserve@34  1
    p_g0@34   ramp_g0@35  -1
    p_g0@34   energycap_g0  1
    p_g1@34   Obj       60.65
    p_g1@34   bal_b0@34  1
    p_g2@34   Obj       28.09
    p_g2@34   bal_b1@34  1
    p_g2@34   ramp_g2@34  1
    p_g2@34   reserve@34  1
    p_g2@34   ramp_g2@35  -1
    p_g3@34   Obj       31.47
    p_g3@34   bal_b1@34  1
    p_g3@34   ramp_g3@34  1
    p_g3@34   reserve@34  1
    p_g3@34   ramp_g3@35  -1
    p_g4@34   Obj       16.62
    p_g4@34   bal_b2@34  1
    p_g4@34   ramp_g4@34  1
    p_g4@34   ramp_g4@35  -1
    p_g5@34   Obj       75.43
    p_g5@34   bal_b2@34  1
    p_g5@34   ramp_g5@34  1
    p_g5@34   ramp_g5@35  -1
    p_g6@34   Obj       54.95
    p_g6@34   bal_b3@34  1
    p_g7@34   Obj       22.24
    p_g7@34   bal_b3@34  1
    p_g7@34   ramp_g7@34  1
    p_g7@34   ramp_g7@35  -1
    p_g8@34   Obj       47.35
    p_g8@34   bal_b4@34  1
    p_g8@34   ramp_g8@34  1
    p_g8@34   mustrun@34  1
    p_g8@34   ramp_g8@35  -1
    p_g9@34   Obj       41.31
    p_g9@34   bal_b4@34  1
    p_g9@34   ramp_g9@34  1
    p_g9@34   mustrun@34  1
    p_g9@34   ramp_g9@35  -1
    imp@34    Obj       52.47
    imp@34    bal_b4@34  1
    f_l0@34   bal_b0@34  -1
    f_l0@34   bal_b1@34  1
    f_l1@34   bal_b1@34  -1
    f_l1@34   bal_b2@34  1
    f_l2@34   bal_b2@34  -1
    f_l2@34   bal_b3@34  1
    f_l3@34   bal_b2@34  -1
    f_l3@34   bal_b4@34  1
    f_l4@34   bal_b1@34  -1
    f_l4@34   bal_b3@34  1
    f_l5@34   bal_b0@34  -1
    f_l5@34   bal_b4@34  1
    ch_s0@34  bal_b2@34  -1
    ch_s0@34  soc_s0@34  -0.9343
    dis_s0@34  Obj       0.1
    dis_s0@34  bal_b2@34  1
    dis_s0@34  soc_s0@34  1.0619
    soc_s0@34  soc_s0@34  1
    soc_s0@34  soc_s0@35  -0.999
    ch_s1@34  bal_b2@34  -1
    ch_s1@34  soc_s1@34  -0.8896
    dis_s1@34  Obj       0.1
    dis_s1@34  bal_b2@34  1
    dis_s1@34  soc_s1@34  1.0685
    soc_s1@34  soc_s1@34  1
    soc_s1@34  soc_s1@35  -0.9989
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
    p_g0@35   Obj       73.34
    p_g0@35   bal_b0@35  1
    p_g0@35   ramp_g0@35  1
    p_g0@35   reserve@35  1
    p_g0@35   ramp_g0@36  -1
    p_g0@35   energycap_g0  1
    p_g1@35   Obj       60.65
    p_g1@35   bal_b0@35  1
    p_g2@35   Obj       28.09
    p_g2@35   bal_b1@35  1
    p_g2@35   ramp_g2@35  1
    p_g2@35   reserve@35  1
    p_g2@35   ramp_g2@36  -1
    p_g3@35   Obj       31.47
    p_g3@35   bal_b1@35  1
    p_g3@35   ramp_g3@35  1
    p_g3@35   reserve@35  1
    p_g3@35   ramp_g3@36  -1
    p_g4@35   Obj       16.62
    p_g4@35   bal_b2@35  1
    p_g4@35   ramp_g4@35  1
    p_g4@35   ramp_g4@36  -1
    p_g5@35   Obj       75.43
    p_g5@35   bal_b2@35  1
    p_g5@35   ramp_g5@35  1
    p_g5@35   ramp_g5@36  -1
    p_g6@35   Obj       54.95
    p_g6@35   bal_b3@35  1
    p_g7@35   Obj       22.24
    p_g7@35   bal_b3@35  1
    p_g7@35   ramp_g7@35  1
    p_g7@35   ramp_g7@36  -1
    p_g8@35   Obj       47.35
    p_g8@35   bal_b4@35  1
    p_g8@35   ramp_g8@35  1
    p_g8@35   mustrun@35  1
    p_g8@35   ramp_g8@36  -1
    p_g9@35   Obj       41.31
    p_g9@35   bal_b4@35  1
    p_g9@35   ramp_g9@35  1
    p_g9@35   mustrun@35  1
    p_g9@35   ramp_g9@36  -1
    imp@35    Obj       52.47
    imp@35    bal_b4@35  1
    f_l0@35   bal_b0@35  -1
    f_l0@35   bal_b1@35  1
    f_l1@35   bal_b1@35  -1
    f_l1@35   bal_b2@35  1
    f_l2@35   bal_b2@35  -1
    f_l2@35   bal_b3@35  1
    f_l3@35   bal_b2@35  -1
    f_l3@35   bal_b4@35  1
    f_l4@35   bal_b1@35  -1
    f_l4@35   bal_b3@35  1
    f_l5@35   bal_b0@35  -1
    f_l5@35   bal_b4@35  1
    ch_s0@35  bal_b2@35  -1
    ch_s0@35  soc_s0@35  -0.9343
    dis_s0@35  Obj       0.1
    dis_s0@35  bal_b2@35  1
    dis_s0@35  soc_s0@35  1.0619
    soc_s0@35  soc_s0@35  1
    soc_s0@35  soc_s0@36  -0.999
    ch_s1@35  bal_b2@35  -1
    ch_s1@35  soc_s1@35  -0.8896
    dis_s1@35  Obj       0.1
    dis_s1@35  bal_b2@35  1
    dis_s1@35  soc_s1@35  1.0685
    soc_s1@35  soc_s1@35  1
    soc_s1@35  soc_s1@36  -0.9989
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
    p_g0@36   Obj       73.34
    p_g0@36   bal_b0@36  1
    p_g0@36   ramp_g0@36  1
    p_g0@36   reserve@36  1
    p_g0@36   ramp_g0@37  -1
    p_g0@36   energycap_g0  1
    p_g1@36   Obj       60.65
    p_g1@36   bal_b0@36  1
    p_g2@36   Obj       28.09
    p_g2@36   bal_b1@36  1
    p_g2@36   ramp_g2@36  1
    p_g2@36   reserve@36  1
    p_g2@36   ramp_g2@37  -1
    p_g3@36   Obj       31.47
    p_g3@36   bal_b1@36  1
    p_g3@36   ramp_g3@36  1
    p_g3@36   reserve@36  1
    p_g3@36   ramp_g3@37  -1
    p_g4@36   Obj       16.62
    p_g4@36   bal_b2@36  1
    p_g4@36   ramp_g4@36  1
    p_g4@36   ramp_g4@37  -1
    p_g5@36   Obj       75.43
    p_g5@36   bal_b2@36  1
    p_g5@36   ramp_g5@36  1
    p_g5@36   ramp_g5@37  -1
    p_g6@36   Obj       54.95
    p_g6@36   bal_b3@36  1
    p_g7@36   Obj       22.24
    p_g7@36   bal_b3@36  1
    p_g7@36   ramp_g7@36  1
    p_g7@36   ramp_g7@37  -1
    p_g8@36   Obj       47.35
    p_g8@36   bal_b4@36  1
    p_g8@36   ramp_g8@36  1
    p_g8@36   mustrun@36  1
    p_g8@36   ramp_g8@37  -1
    p_g9@36   Obj       41.31
    p_g9@36   bal_b4@36  1
    p_g9@36   ramp_g9@36  1
    p_g9@36   mustrun@36  1
    p_g9@36   ramp_g9@37  -1
    imp@36    Obj       52.47
    imp@36    bal_b4@36  1
    f_l0@36   bal_b0@36  -1
    f_l0@36   bal_b1@36  1
    f_l1@36   bal_b1@36  -1
    f_l1@36   bal_b2@36  1
    f_l2@36   bal_b2@36  -1
    f_l2@36   bal_b3@36  1
    f_l3@36   bal_b2@36  -1
    f_l3@36   bal_b4@36  1
    f_l4@36   bal_b1@36  -1
    f_l4@36   bal_b3@36  1
    f_l5@36   bal_b0@36  -1
    f_l5@36   bal_b4@36  1
    ch_s0@36  bal_b2@36  -1
    ch_s0@36  soc_s0@36  -0.9343
    dis_s0@36  Obj       0.1
    dis_s0@36  bal_b2@36  1
    dis_s0@36  soc_s0@36  1.0619
    soc_s0@36  soc_s0@36  1
    soc_s0@36  soc_s0@37  -0.999
    ch_s1@36  bal_b2@36  -1
    ch_s1@36  soc_s1@36  -0.8896
    dis_s1@36  Obj       0.1
    dis_s1@36  bal_b2@36  1
    dis_s1@36  soc_s1@36  1.0685
    soc_s1@36  soc_s1@36  1
    soc_s1@36  soc_s1@37  -0.9989
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
    p_g0@37   Obj       73.34
    p_g0@37   bal_b0@37  1
    p_g0@37   ramp_g0@37  1
    p_g0@37   reserve@37  1
    p_g0@37   ramp_g0@38  -1
    p_g0@37   energycap_g0  1
    p_g1@37   Obj       60.65
    p_g1@37   bal_b0@37  1
    p_g2@37   Obj       28.09
    p_g2@37   bal_b1@37  1
    p_g2@37   ramp_g2@37  1
    p_g2@37   reserve@37  1
    p_g2@37   ramp_g2@38  -1
    p_g3@37   Obj       31.47
    p_g3@37   bal_b1@37  1
    p_g3@37   ramp_g3@37  1
    p_g3@37   reserve@37  1
    p_g3@37   ramp_g3@38  -1
    p_g4@37   Obj       16.62
    p_g4@37   bal_b2@37  1
    p_g4@37   ramp_g4@37  1
    p_g4@37   ramp_g4@38  -1
    p_g5@37   Obj       75.43
    p_g5@37   bal_b2@37  1
    p_g5@37   ramp_g5@37  1
    p_g5@37   ramp_g5@38  -1
    p_g6@37   Obj       54.95
    p_g6@37   bal_b3@37  1
    p_g7@37   Obj       22.24
    p_g7@37   bal_b3@37  1
    p_g7@37   ramp_g7@37  1
    p_g7@37   ramp_g7@38  -1
    p_g8@37   Obj       47.35
    p_g8@37   bal_b4@37  1
    p_g8@37   ramp_g8@37  1
    p_g8@37   mustrun@37  1
    p_g8@37   ramp_g8@38  -1
    p_g9@37   Obj       41.31
    p_g9@37   bal_b4@37  1
    p_g9@37   ramp_g9@37  1
    p_g9@37   mustrun@37  1
    p_g9@37   ramp_g9@38  -1
    imp@37    Obj       52.47
    imp@37    bal_b4@37  1
    f_l0@37   bal_b0@37  -1
    f_l0@37   bal_b1@37  1
    f_l1@37   bal_b1@37  -1
    f_l1@37   bal_b2@37  1
    f_l2@37   bal_b2@37  -1
    f_l2@37   bal_b3@37  1
    f_l3@37   bal_b2@37  -1
    f_l3@37   bal_b4@37  1
    f_l4@37   bal_b1@37  -1
    f_l4@37   bal_b3@37  1
    f_l5@37   bal_b0@37  -1
    f_l5@37   bal_b4@37  1
    ch_s0@37  bal_b2@37  -1
    ch_s0@37  soc_s0@37  -0.9343
    dis_s0@37  Obj       0.1
    dis_s0@37  bal_b2@37  1
    dis_s0@37  soc_s0@37  1.0619
    soc_s0@37  soc_s0@37  1
    soc_s0@37  soc_s0@38  -0.999
    ch_s1@37  bal_b2@37  -1
    ch_s1@37  soc_s1@37  -0.8896
    dis_s1@37  Obj       0.1
    dis_s1@37  bal_b2@37  1
    dis_s1@37  soc_s1@37  1.0685
    soc_s1@37  soc_s1@37  1
    soc_s1@37  soc_s1@38  -0.9989
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
    p_g0@38   Obj       73.34
    p_g0@38   bal_b0@38  1
    p_g0@38   ramp_g0@38  1
    p_g0@38   reserve@38  1
    p_g0@38   ramp_g0@39  -1
    p_g0@38   energycap_g0  1
    p_g1@38   Obj       60.65
    p_g1@38   bal_b0@38  1
    p_g2@38   Obj       28.09
    p_g2@38   bal_b1@38  1
    p_g2@38   ramp_g2@38  1
    p_g2@38   reserve@38  1
    p_g2@38   ramp_g2@39  -1
    p_g3@38   Obj       31.47
    p_g3@38   bal_b1@38  1
    p_g3@38   ramp_g3@38  1
    p_g3@38   reserve@38  1
    p_g3@38   ramp_g3@39  -1
    p_g4@38   Obj       16.62
    p_g4@38   bal_b2@38  1
    p_g4@38   ramp_g4@38  1
    p_g4@38   ramp_g4@39  -1
    p_g5@38   Obj       75.43
    p_g5@38   bal_b2@38  1
    p_g5@38   ramp_g5@38  1
    p_g5@38   ramp_g5@39  -1
    p_g6@38   Obj       54.95
    p_g6@38   bal_b3@38  1
    p_g7@38   Obj       22.24
    p_g7@38   bal_b3@38  1
    p_g7@38   ramp_g7@38  1
    p_g7@38   ramp_g7@39  -1
    p_g8@38   Obj       47.35
    p_g8@38   bal_b4@38  1
    p_g8@38   ramp_g8@38  1
    p_g8@38   mustrun@38  1
    p_g8@38   ramp_g8@39  -1
    p_g9@38   Obj       41.31
    p_g9@38   bal_b4@38  1
    p_g9@38   ramp_g9@38  1
    p_g9@38   mustrun@38  1
    p_g9@38   ramp_g9@39  -1
    imp@38    Obj       52.47
    imp@38    bal_b4@38  1
    f_l0@38   bal_b0@38  -1
    f_l0@38   bal_b1@38  1
    f_l1@38   bal_b1@38  -1
    f_l1@38   bal_b2@38  1
    f_l2@38   bal_b2@38  -1
    f_l2@38   bal_b3@38  1
    f_l3@38   bal_b2@38  -1
    f_l3@38   bal_b4@38  1
    f_l4@38   bal_b1@38  -1
    f_l4@38   bal_b3@38  1
    f_l5@38   bal_b0@38  -1
    f_l5@38   bal_b4@38  1
    ch_s0@38  bal_b2@38  -1
    ch_s0@38  soc_s0@38  -0.9343
    dis_s0@38  Obj       0.1
    dis_s0@38  bal_b2@38  1
    dis_s0@38  soc_s0@38  1.0619
    soc_s0@38  soc_s0@38  1
    soc_s0@38  soc_s0@39  -0.999
    ch_s1@38  bal_b2@38  -1
    ch_s1@38  soc_s1@38  -0.8896
    dis_s1@38  Obj       0.1
    dis_s1@38  bal_b2@38  1
    dis_s1@38  soc_s1@38  1.0685
    soc_s1@38  soc_s1@38  1
    soc_s1@38  soc_s1@39  -0.9989
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
    p_g0@39   Obj       73.34
    p_g0@39   bal_b0@39  1
    p_g0@39   ramp_g0@39  1
    p_g0@39   reserve@39  1
    p_g0@39   ramp_g0@40  -1
    p_g0@39   energycap_g0  1
    p_g1@39   Obj       60.65
    p_g1@39   bal_b0@39  1
    p_g2@39   Obj       28.09
    p_g2@39   bal_b1@39  1
    p_g2@39   ramp_g2@39  1
    p_g2@39   reserve@39  1
    p_g2@39   ramp_g2@40  -1
    p_g3@39   Obj       31.47
    p_g3@39   bal_b1@39  1
    p_g3@39   ramp_g3@39  1
    p_g3@39   reserve@39  1
    p_g3@39   ramp_g3@40  -1
    p_g4@39   Obj       16.62
    p_g4@39   bal_b2@39  1
    p_g4@39   ramp_g4@39  1
    p_g4@39   ramp_g4@40  -1
    p_g5@39   Obj       75.43
    p_g5@39   bal_b2@39  1
    p_g5@39   ramp_g5@39  1
    p_g5@39   ramp_g5@40  -1
    p_g6@39   Obj       54.95
    p_g6@39   bal_b3@39  1
    p_g7@39   Obj       22.24
    p_g7@39   bal_b3@39  1
    p_g7@39   ramp_g7@39  1
    p_g7@39   ramp_g7@40  -1
    p_g8@39   Obj       47.35
    p_g8@39   bal_b4@39  1
    p_g8@39   ramp_g8@39  1
    p_g8@39   mustrun@39  1
    p_g8@39   ramp_g8@40  -1
    p_g9@39   Obj       41.31
    p_g9@39   bal_b4@39  1
    p_g9@39   ramp_g9@39  1
    p_g9@39   mustrun@39  1
    p_g9@39   ramp_g9@40  -1
    imp@39    Obj       52.47
    imp@39    bal_b4@39  1
    f_l0@39   bal_b0@39  -1
    f_l0@39   bal_b1@39  1
    f_l1@39   bal_b1@39  -1
    f_l1@39   bal_b2@39  1
    f_l2@39   bal_b2@39  -1
    f_l2@39   bal_b3@39  1
    f_l3@39   bal_b2@39  -1
    f_l3@39   bal_b4@39  1
    f_l4@39   bal_b1@39  -1
    f_l4@39   bal_b3@39  1
    f_l5@39   bal_b0@39  -1
    f_l5@39   bal_b4@39  1
    ch_s0@39  bal_b2@39  -1
    ch_s0@39  soc_s0@39  -0.9343
    dis_s0@39  Obj       0.1
    dis_s0@39  bal_b2@39  1
    dis_s0@39  soc_s0@39  1.0619
    soc_s0@39  soc_s0@39  1
    soc_s0@39  soc_s0@40  -0.999
    ch_s1@39  bal_b2@39  -1
    ch_s1@39  soc_s1@39  -0.8896
    dis_s1@39  Obj       0.1
    dis_s1@39  bal_b2@39  1
    dis_s1@39  soc_s1@39  1.0685
    soc_s1@39  soc_s1@39  1
    soc_s1@39  soc_s1@40  -0.9989
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
    p_g0@40   Obj       73.34
    p_g0@40   bal_b0@40  1
    p_g0@40   ramp_g0@40  1
    p_g0@40   reserve@40  1
    p_g0@40   ramp_g0@41  -1
    p_g0@40   energycap_g0  1
    p_g1@40   Obj       60.65
    p_g1@40   bal_b0@40  1
    p_g2@40   Obj       28.09
    p_g2@40   bal_b1@40  1
    p_g2@40   ramp_g2@40  1
    p_g2@40   reserve@40  1
    p_g2@40   ramp_g2@41  -1
    p_g3@40   Obj       31.47
    p_g3@40   bal_b1@40  1
    p_g3@40   ramp_g3@40  1
    p_g3@40   reserve@40  1
    p_g3@40   ramp_g3@41  -1
    p_g4@40   Obj       16.62
    p_g4@40   bal_b2@40  1
    p_g4@40   ramp_g4@40  1
    p_g4@40   ramp_g4@41  -1
    p_g5@40   Obj       75.43
    p_g5@40   bal_b2@40  1
    p_g5@40   ramp_g5@40  1
    p_g5@40   ramp_g5@41  -1
    p_g6@40   Obj       54.95
    p_g6@40   bal_b3@40  1
    p_g7@40   Obj       22.24
    p_g7@40   bal_b3@40  1
    p_g7@40   ramp_g7@40  1
    p_g7@40   ramp_g7@41  -1
    p_g8@40   Obj       47.35
    p_g8@40   bal_b4@40  1
    p_g8@40   ramp_g8@40  1
    p_g8@40   mustrun@40  1
    p_g8@40   ramp_g8@41  -1
    p_g9@40   Obj       41.31
    p_g9@40   bal_b4@40  1
    p_g9@40   ramp_g9@40  1
    p_g9@40   mustrun@40  1
    p_g9@40   ramp_g9@41  -1
    imp@40    Obj       52.47
    imp@40    bal_b4@40  1
    f_l0@40   bal_b0@40  -1
    f_l0@40   bal_b1@40  1
    f_l1@40   bal_b1@40  -1
    f_l1@40   bal_b2@40  1
    f_l2@40   bal_b2@40  -1
    f_l2@40   bal_b3@40  1
    f_l3@40   bal_b2@40  -1
    f_l3@40   bal_b4@40  1
    f_l4@40   bal_b1@40  -1
    f_l4@40   bal_b3@40  1
    f_l5@40   bal_b0@40  -1
    f_l5@40   bal_b4@40  1
    ch_s0@40  bal_b2@40  -1
    ch_s0@40  soc_s0@40  -0.9343
    dis_s0@40  Obj       0.1
    dis_s0@40  bal_b2@40  1
    dis_s0@40  soc_s0@40  1.0619
    soc_s0@40  soc_s0@40  1
    soc_s0@40  soc_s0@41  -0.999
    ch_s1@40  bal_b2@40  -1
    ch_s1@40  soc_s1@40  -0.8896
    dis_s1@40  Obj       0.1
    dis_s1@40  bal_b2@40  1
    dis_s1@40  soc_s1@40  1.0685
    soc_s1@40  soc_s1@40  1
    soc_s1@40  soc_s1@41  -0.9989
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
    p_g0@41   Obj       73.34
    p_g0@41   bal_b0@41  1
    p_g0@41   ramp_g0@41  1
    p_g0@41   reserve@41  1
    p_g0@41   ramp_g0@42  -1
    p_g0@41   energycap_g0  1
    p_g1@41   Obj       60.65
    p_g1@41   bal_b0@41  1
    p_g2@41   Obj       28.09
    p_g2@41   bal_b1@41  1
    p_g2@41   ramp_g2@41  1
    p_g2@41   reserve@41  1
    p_g2@41   ramp_g2@42  -1
    p_g3@41   Obj       31.47
    p_g3@41   bal_b1@41  1
    p_g3@41   ramp_g3@41  1
    p_g3@41   reserve@41  1
    p_g3@41   ramp_g3@42  -1
    p_g4@41   Obj       16.62
    p_g4@41   bal_b2@41  1
    p_g4@41   ramp_g4@41  1
    p_g4@41   ramp_g4@42  -1
    p_g5@41   Obj       75.43
    p_g5@41   bal_b2@41  1
    p_g5@41   ramp_g5@41  1
    p_g5@41   ramp_g5@42  -1
    p_g6@41   Obj       54.95
    p_g6@41   bal_b3@41  1
    p_g7@41   Obj       22.24
    p_g7@41   bal_b3@41  1
    p_g7@41   ramp_g7@41  1
    p_g7@41   ramp_g7@42  -1
    p_g8@41   Obj       47.35
    p_g8@41   bal_b4@41  1
    p_g8@41   ramp_g8@41  1
    p_g8@41   mustrun@41  1
    p_g8@41   ramp_g8@42  -1
    p_g9@41   Obj       41.31
    p_g9@41   bal_b4@41  1
    p_g9@41   ramp_g9@41  1
    p_g9@41   mustrun@41  1
    p_g9@41   ramp_g9@42  -1
    imp@41    Obj       52.47
    imp@41    bal_b4@41  1
    f_l0@41   bal_b0@41  -1
    f_l0@41   bal_b1@41  1
    f_l1@41   bal_b1@41  -1
    f_l1@41   bal_b2@41  1
    f_l2@41   bal_b2@41  -1
    f_l2@41   bal_b3@41  1
    f_l3@41   bal_b2@41  -1
    f_l3@41   bal_b4@41  1
    f_l4@41   bal_b1@41  -1
    f_l4@41   bal_b3@41  1
    f_l5@41   bal_b0@41  -1
    f_l5@41   bal_b4@41  1
    ch_s0@41  bal_b2@41  -1
    ch_s0@41  soc_s0@41  -0.9343
    dis_s0@41  Obj       0.1
    dis_s0@41  bal_b2@41  1
    dis_s0@41  soc_s0@41  1.0619
    soc_s0@41  soc_s0@41  1
    soc_s0@41  soc_s0@42  -0.999
    ch_s1@41  bal_b2@41  -1
    ch_s1@41  soc_s1@41  -0.8896
    dis_s1@41  Obj       0.1
    dis_s1@41  bal_b2@41  1
    dis_s1@41  soc_s1@41  1.0685
    soc_s1@41  soc_s1@41  1
    soc_s1@41  soc_s1@42  -0.9989
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
    p_g0@42   Obj       73.34
    p_g0@42   bal_b0@42  1
    p_g0@42   ramp_g0@42  1
    p_g0@42   reserve@42  1
    p_g0@42   ramp_g0@43  -1
    p_g0@42   energycap_g0  1
    p_g1@42   Obj       60.65
    p_g1@42   bal_b0@42  1
    p_g2@42   Obj       28.09
    p_g2@42   bal_b1@42  1
    p_g2@42   ramp_g2@42  1
    p_g2@42   reserve@42  1
    p_g2@42   ramp_g2@43  -1
    p_g3@42   Obj       31.47
    p_g3@42   bal_b1@42  1
    p_g3@42   ramp_g3@42  1
    p_g3@42   reserve@42  1
    p_g3@42   ramp_g3@43  -1
    p_g4@42   Obj       16.62
    p_g4@42   bal_b2@42  1
    p_g4@42   ramp_g4@42  1
    p_g4@42   ramp_g4@43  -1
    p_g5@42   Obj       75.43
    p_g5@42   bal_b2@42  1
    p_g5@42   ramp_g5@42  1
    p_g5@42   ramp_g5@43  -1
    p_g6@42   Obj       54.95
    p_g6@42   bal_b3@42  1
    p_g7@42   Obj       22.24
    p_g7@42   bal_b3@42  1
    p_g7@42   ramp_g7@42  1
    p_g7@42   ramp_g7@43  -1
    p_g8@42   Obj       47.35
    p_g8@42   bal_b4@42  1
    p_g8@42   ramp_g8@42  1
    p_g8@42   mustrun@42  1
    p_g8@42   ramp_g8@43  -1
    p_g9@42   Obj       41.31
    p_g9@42   bal_b4@42  1
    p_g9@42   ramp_g9@42  1
    p_g9@42   mustrun@42  1
    p_g9@42   ramp_g9@43  -1
    imp@42    Obj       52.47
    imp@42    bal_b4@42  1
    f_l0@42   bal_b0@42  -1
    f_l0@42   bal_b1@42  1
    f_l1@42   bal_b1@42  -1
    f_l1@42   bal_b2@42  1
    f_l2@42   bal_b2@42  -1
    f_l2@42   bal_b3@42  1
    f_l3@42   bal_b2@42  -1
    f_l3@42   bal_b4@42  1
    f_l4@42   bal_b1@42  -1
    f_l4@42   bal_b3@42  1
    f_l5@42   bal_b0@42  -1
    f_l5@42   bal_b4@42  1
    ch_s0@42  bal_b2@42  -1
    ch_s0@42  soc_s0@42  -0.9343
    dis_s0@42  Obj       0.1
    dis_s0@42  bal_b2@42  1
    dis_s0@42  soc_s0@42  1.0619
    soc_s0@42  soc_s0@42  1
    soc_s0@42  soc_s0@43  -0.999
    ch_s1@42  bal_b2@42  -1
    ch_s1@42  soc_s1@42  -0.8896
    dis_s1@42  Obj       0.1
    dis_s1@42  bal_b2@42  1
    dis_s1@42  soc_s1@42  1.0685
    soc_s1@42  soc_s1@42  1
    soc_s1@42  soc_s1@43  -0.9989
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
    p_g0@43   Obj       73.34
    p_g0@43   bal_b0@43  1
    p_g0@43   ramp_g0@43  1
    p_g0@43   reserve@43  1
    p_g0@43   ramp_g0@44  -1
    p_g0@43   energycap_g0  1
    p_g1@43   Obj       60.65
    p_g1@43   bal_b0@43  1
    p_g2@43   Obj       28.09
    p_g2@43   bal_b1@43  1
    p_g2@43   ramp_g2@43  1
    p_g2@43   reserve@43  1
    p_g2@43   ramp_g2@44  -1
    p_g3@43   Obj       31.47
    p_g3@43   bal_b1@43  1
    p_g3@43   ramp_g3@43  1
    p_g3@43   reserve@43  1
    p_g3@43   ramp_g3@44  -1
    p_g4@43   Obj       16.62
    p_g4@43   bal_b2@43  1
    p_g4@43   ramp_g4@43  1
    p_g4@43   ramp_g4@44  -1
    p_g5@43   Obj       75.43
    p_g5@43   bal_b2@43  1
    p_g5@43   ramp_g5@43  1
    p_g5@43   ramp_g5@44  -1
    p_g6@43   Obj       54.95
    p_g6@43   bal_b3@43  1
    p_g7@43   Obj       22.24
    p_g7@43   bal_b3@43  1
    p_g7@43   ramp_g7@43  1
    p_g7@43   ramp_g7@44  -1
    p_g8@43   Obj       47.35
    p_g8@43   bal_b4@43  1
    p_g8@43   ramp_g8@43  1
    p_g8@43   mustrun@43  1
    p_g8@43   ramp_g8@44  -1
    p_g9@43   Obj       41.31
    p_g9@43   bal_b4@43  1
    p_g9@43   ramp_g9@43  1
    p_g9@43   mustrun@43  1
    p_g9@43   ramp_g9@44  -1
    imp@43    Obj       52.47
    imp@43    bal_b4@43  1
    f_l0@43   bal_b0@43  -1
    f_l0@43   bal_b1@43  1
    f_l1@43   bal_b1@43  -1
    f_l1@43   bal_b2@43  1
    f_l2@43   bal_b2@43  -1
    f_l2@43   bal_b3@43  1
    f_l3@43   bal_b2@43  -1
    f_l3@43   bal_b4@43  1
    f_l4@43   bal_b1@43  -1
    f_l4@43   bal_b3@43  1
    f_l5@43   bal_b0@43  -1
    f_l5@43   bal_b4@43  1
    ch_s0@43  bal_b2@43  -1
    ch_s0@43  soc_s0@43  -0.9343
    dis_s0@43  Obj       0.1
    dis_s0@43  bal_b2@43  1
    dis_s0@43  soc_s0@43  1.0619
    soc_s0@43  soc_s0@43  1
    soc_s0@43  soc_s0@44  -0.999
    ch_s1@43  bal_b2@43  -1
    ch_s1@43  soc_s1@43  -0.8896
    dis_s1@43  Obj       0.1
    dis_s1@43  bal_b2@43  1
    dis_s1@43  soc_s1@43  1.0685
    soc_s1@43  soc_s1@43  1
    soc_s1@43  soc_s1@44  -0.9989
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
    p_g0@44   Obj       73.34
    p_g0@44   bal_b0@44  1
    p_g0@44   ramp_g0@44  1
    p_g0@44   reserve@44  1
    p_g0@44   ramp_g0@45  -1
    p_g0@44   energycap_g0  1
    p_g1@44   Obj       60.65
    p_g1@44   bal_b0@44  1
    p_g2@44   Obj       28.09
    p_g2@44   bal_b1@44  1
    p_g2@44   ramp_g2@44  1
    p_g2@44   reserve@44  1
    p_g2@44   ramp_g2@45  -1
    p_g3@44   Obj       31.47
    p_g3@44   bal_b1@44  1
    p_g3@44   ramp_g3@44  1
    p_g3@44   reserve@44  1
    p_g3@44   ramp_g3@45  -1
    p_g4@44   Obj       16.62
    p_g4@44   bal_b2@44  1
    p_g4@44   ramp_g4@44  1
    p_g4@44   ramp_g4@45  -1
    p_g5@44   Obj       75.43
    p_g5@44   bal_b2@44  1
    p_g5@44   ramp_g5@44  1
    p_g5@44   ramp_g5@45  -1
    p_g6@44   Obj       54.95
    p_g6@44   bal_b3@44  1
    p_g7@44   Obj       22.24
    p_g7@44   bal_b3@44  1
    p_g7@44   ramp_g7@44  1
    p_g7@44   ramp_g7@45  -1
    p_g8@44   Obj       47.35
    p_g8@44   bal_b4@44  1
    p_g8@44   ramp_g8@44  1
    p_g8@44   mustrun@44  1
    p_g8@44   ramp_g8@45  -1
    p_g9@44   Obj       41.31
    p_g9@44   bal_b4@44  1
    p_g9@44   ramp_g9@44  1
    p_g9@44   mustrun@44  1
    p_g9@44   ramp_g9@45  -1
    imp@44    Obj       52.47
    imp@44    bal_b4@44  1
    f_l0@44   bal_b0@44  -1
    f_l0@44   bal_b1@44  1
    f_l1@44   bal_b1@44  -1
    f_l1@44   bal_b2@44  1
    f_l2@44   bal_b2@44  -1
    f_l2@44   bal_b3@44  1
    f_l3@44   bal_b2@44  -1
    f_l3@44   bal_b4@44  1
    f_l4@44   bal_b1@44  -1
    f_l4@44   bal_b3@44  1
    f_l5@44   bal_b0@44  -1
    f_l5@44   bal_b4@44  1
    ch_s0@44  bal_b2@44  -1
    ch_s0@44  soc_s0@44  -0.9343
    dis_s0@44  Obj       0.1
    dis_s0@44  bal_b2@44  1
    dis_s0@44  soc_s0@44  1.0619
    soc_s0@44  soc_s0@44  1
    soc_s0@44  soc_s0@45  -0.999
    ch_s1@44  bal_b2@44  -1
    ch_s1@44  soc_s1@44  -0.8896
    dis_s1@44  Obj       0.1
    dis_s1@44  bal_b2@44  1
    dis_s1@44  soc_s1@44  1.0685
    soc_s1@44  soc_s1@44  1
    soc_s1@44  soc_s1@45  -0.9989
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
    p_g0@45   Obj       73.34
    p_g0@45   bal_b0@45  1
    p_g0@45   ramp_g0@45  1
    p_g0@45   reserve@45  1
    p_g0@45   ramp_g0@46  -1
    p_g0@45   energycap_g0  1
    p_g1@45   Obj       60.65
    p_g1@45   bal_b0@45  1
    p_g2@45   Obj       28.09
    p_g2@45   bal_b1@45  1
    p_g2@45   ramp_g2@45  1
    p_g2@45   reserve@45  1
    p_g2@45   ramp_g2@46  -1
    p_g3@45   Obj       31.47
    p_g3@45   bal_b1@45  1
    p_g3@45   ramp_g3@45  1
    p_g3@45   reserve@45  1
    p_g3@45   ramp_g3@46  -1
    p_g4@45   Obj       16.62
    p_g4@45   bal_b2@45  1
    p_g4@45   ramp_g4@45  1
    p_g4@45   ramp_g4@46  -1
    p_g5@45   Obj       75.43
    p_g5@45   bal_b2@45  1
    p_g5@45   ramp_g5@45  1
    p_g5@45   ramp_g5@46  -1
    p_g6@45   Obj       54.95
    p_g6@45   bal_b3@45  1
    p_g7@45   Obj       22.24
    p_g7@45   bal_b3@45  1
    p_g7@45   ramp_g7@45  1
    p_g7@45   ramp_g7@46  -1
    p_g8@45   Obj       47.35
    p_g8@45   bal_b4@45  1
    p_g8@45   ramp_g8@45  1
    p_g8@45   mustrun@45  1
    p_g8@45   ramp_g8@46  -1
    p_g9@45   Obj       41.31
    p_g9@45   bal_b4@45  1
    p_g9@45   ramp_g9@45  1
    p_g9@45   mustrun@45  1
    p_g9@45   ramp_g9@46  -1
    imp@45    Obj       52.47
    imp@45    bal_b4@45  1
    f_l0@45   bal_b0@45  -1
    f_l0@45   bal_b1@45  1
    f_l1@45   bal_b1@45  -1
    f_l1@45   bal_b2@45  1
    f_l2@45   bal_b2@45  -1
    f_l2@45   bal_b3@45  1
    f_l3@45   bal_b2@45  -1
    f_l3@45   bal_b4@45  1
    f_l4@45   bal_b1@45  -1
    f_l4@45   bal_b3@45  1
    f_l5@45   bal_b0@45  -1
    f_l5@45   bal_b4@45  1
    ch_s0@45  bal_b2@45  -1
    ch_s0@45  soc_s0@45  -0.9343
    dis_s0@45  Obj       0.1
    dis_s0@45  bal_b2@45  1
    dis_s0@45  soc_s0@45  1.0619
    soc_s0@45  soc_s0@45  1
    soc_s0@45  soc_s0@46  -0.999
    ch_s1@45  bal_b2@45  -1
    ch_s1@45  soc_s1@45  -0.8896
    dis_s1@45  Obj       0.1
    dis_s1@45  bal_b2@45  1
    dis_s1@45  soc_s1@45  1.0685
    soc_s1@45  soc_s1@45  1
    soc_s1@45  soc_s1@46  -0.9989
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
    p_g0@46   Obj       73.34
    p_g0@46   bal_b0@46  1
    p_g0@46   ramp_g0@46  1
    p_g0@46   reserve@46  1
    p_g0@46   ramp_g0@47  -1
    p_g0@46   energycap_g0  1
    p_g1@46   Obj       60.65
    p_g1@46   bal_b0@46  1
    p_g2@46   Obj       28.09
    p_g2@46   bal_b1@46  1
    p_g2@46   ramp_g2@46  1
    p_g2@46   reserve@46  1
    p_g2@46   ramp_g2@47  -1
    p_g3@46   Obj       31.47
    p_g3@46   bal_b1@46  1
    p_g3@46   ramp_g3@46  1
    p_g3@46   reserve@46  1
    p_g3@46   ramp_g3@47  -1
    p_g4@46   Obj       16.62
    p_g4@46   bal_b2@46  1
    p_g4@46   ramp_g4@46  1
    p_g4@46   ramp_g4@47  -1
    p_g5@46   Obj       75.43
    p_g5@46   bal_b2@46  1
    p_g5@46   ramp_g5@46  1
    p_g5@46   ramp_g5@47  -1
    p_g6@46   Obj       54.95
    p_g6@46   bal_b3@46  1
    p_g7@46   Obj       22.24
    p_g7@46   bal_b3@46  1
    p_g7@46   ramp_g7@46  1
    p_g7@46   ramp_g7@47  -1
    p_g8@46   Obj       47.35
    p_g8@46   bal_b4@46  1
    p_g8@46   ramp_g8@46  1
    p_g8@46   mustrun@46  1
    p_g8@46   ramp_g8@47  -1
    p_g9@46   Obj       41.31
    p_g9@46   bal_b4@46  1
    p_g9@46   ramp_g9@46  1
    p_g9@46   mustrun@46  1
    p_g9@46   ramp_g9@47  -1
    imp@46    Obj       52.47
    imp@46    bal_b4@46  1
    f_l0@46   bal_b0@46  -1
    f_l0@46   bal_b1@46  1
    f_l1@46   bal_b1@46  -1
    f_l1@46   bal_b2@46  1
    f_l2@46   bal_b2@46  -1
    f_l2@46   bal_b3@46  1
    f_l3@46   bal_b2@46  -1
    f_l3@46   bal_b4@46  1
    f_l4@46   bal_b1@46  -1
    f_l4@46   bal_b3@46  1
    f_l5@46   bal_b0@46  -1
    f_l5@46   bal_b4@46  1
    ch_s0@46  bal_b2@46  -1
    ch_s0@46  soc_s0@46  -0.9343
    dis_s0@46  Obj       0.1
    dis_s0@46  bal_b2@46  1
    dis_s0@46  soc_s0@46  1.0619
    soc_s0@46  soc_s0@46  1
    soc_s0@46  soc_s0@47  -0.999
    ch_s1@46  bal_b2@46  -1
    ch_s1@46  soc_s1@46  -0.8896
    dis_s1@46  Obj       0.1
    dis_s1@46  bal_b2@46  1
    dis_s1@46  soc_s1@46  1.0685
    soc_s1@46  soc_s1@46  1
    soc_s1@46  soc_s1@47  -0.9989
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
    p_g0@47   Obj       73.34
    p_g0@47   bal_b0@47  1
    p_g0@47   ramp_g0@47  1
    p_g0@47   reserve@47  1
    p_g0@47   energycap_g0  1
    p_g1@47   Obj       60.65
    p_g1@47   bal_b0@47  1
    p_g2@47   Obj       28.09
    p_g2@47   bal_b1@47  1
    p_g2@47   ramp_g2@47  1
    p_g2@47   reserve@47  1
    p_g3@47   Obj       31.47
    p_g3@47   bal_b1@47  1
    p_g3@47   ramp_g3@47  1
    p_g3@47   reserve@47  1
    p_g4@47   Obj       16.62
    p_g4@47   bal_b2@47  1
    p_g4@47   ramp_g4@47  1
    p_g5@47   Obj       75.43
    p_g5@47   bal_b2@47  1
    p_g5@47   ramp_g5@47  1
    p_g6@47   Obj       54.95
    p_g6@47   bal_b3@47  1
    p_g7@47   Obj       22.24
    p_g7@47   bal_b3@47  1
    p_g7@47   ramp_g7@47  1
    p_g8@47   Obj       47.35
    p_g8@47   bal_b4@47  1
    p_g8@47   ramp_g8@47  1
    p_g8@47   mustrun@47  1
    p_g9@47   Obj       41.31
    p_g9@47   bal_b4@47  1
    p_g9@47   ramp_g9@47  1
    p_g9@47   mustrun@47  1
    imp@47    Obj       52.47
    imp@47    bal_b4@47  1
    f_l0@47   bal_b0@47  -1
    f_l0@47   bal_b1@47  1
    f_l1@47   bal_b1@47  -1
    f_l1@47   bal_b2@47  1
    f_l2@47   bal_b2@47  -1
    f_l2@47   bal_b3@47  1
    f_l3@47   bal_b2@47  -1
    f_l3@47   bal_b4@47  1
    f_l4@47   bal_b1@47  -1
    f_l4@47   bal_b3@47  1
    f_l5@47   bal_b0@47  -1
    f_l5@47   bal_b4@47  1
    ch_s0@47  bal_b2@47  -1
    ch_s0@47  soc_s0@47  -0.9343
    dis_s0@47  Obj       0.1
    dis_s0@47  bal_b2@47  1
    dis_s0@47  soc_s0@47  1.0619
    soc_s0@47  soc_s0@47  1
    soc_s0@47  soc_cyclic_s0  -0.999
    ch_s1@47  bal_b2@47  -1
    ch_s1@47  soc_s1@47  -0.8896
    dis_s1@47  Obj       0.1
    dis_s1@47  bal_b2@47  1
    dis_s1@47  soc_s1@47  1.0685
    soc_s1@47  soc_s1@47  1
    soc_s1@47  soc_cyclic_s1  -0.9989
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
RHS
    RHS_V     bal_b0@0  102.96
    RHS_V     bal_b1@0  78.67
    RHS_V     bal_b2@0  119.5
    RHS_V     bal_b3@0  43.38
    RHS_V     bal_b4@0  111.72
    RHS_V     reserve@0  195.68
    RHS_V     mustrun@0  61.8
    RHS_V     bal_b0@1  96.46
    RHS_V     bal_b1@1  78.14
    RHS_V     bal_b2@1  114.69
    RHS_V     bal_b3@1  37.27
    RHS_V     bal_b4@1  106.05
    RHS_V     ramp_g0@1  35.34
    RHS_V     ramp_g2@1  26.97
    RHS_V     ramp_g3@1  22.37
    RHS_V     ramp_g4@1  56.82
    RHS_V     ramp_g5@1  44.97
    RHS_V     ramp_g7@1  17.93
    RHS_V     ramp_g8@1  37.06
    RHS_V     ramp_g9@1  61
    RHS_V     reserve@1  197.35
    RHS_V     mustrun@1  61.8
    RHS_V     bal_b0@2  101.48
    RHS_V     bal_b1@2  72.35
    RHS_V     bal_b2@2  110.15
    RHS_V     bal_b3@2  40.65
    RHS_V     bal_b4@2  111.55
    RHS_V     ramp_g0@2  35.34
    RHS_V     ramp_g2@2  26.97
    RHS_V     ramp_g3@2  22.37
    RHS_V     ramp_g4@2  56.82
    RHS_V     ramp_g5@2  44.97
    RHS_V     ramp_g7@2  17.93
    RHS_V     ramp_g8@2  37.06
    RHS_V     ramp_g9@2  61
    RHS_V     reserve@2  193.27
    RHS_V     mustrun@2  61.8
    RHS_V     bal_b0@3  110.99
    RHS_V     bal_b1@3  83.12
    RHS_V     bal_b2@3  105.49
    RHS_V     bal_b3@3  38.32
    RHS_V     bal_b4@3  103.77
    RHS_V     ramp_g0@3  35.34
    RHS_V     ramp_g2@3  26.97
    RHS_V     ramp_g3@3  22.37
    RHS_V     ramp_g4@3  56.82
    RHS_V     ramp_g5@3  44.97
    RHS_V     ramp_g7@3  17.93
    RHS_V     ramp_g8@3  37.06
    RHS_V     ramp_g9@3  61
    RHS_V     reserve@3  195.21
    RHS_V     mustrun@3  61.8
    RHS_V     bal_b0@4  101.73
    RHS_V     bal_b1@4  75.34
    RHS_V     bal_b2@4  108.11
    RHS_V     bal_b3@4  40.97
    RHS_V     bal_b4@4  116.87
    RHS_V     ramp_g0@4  35.34
    RHS_V     ramp_g2@4  26.97
    RHS_V     ramp_g3@4  22.37
    RHS_V     ramp_g4@4  56.82
    RHS_V     ramp_g5@4  44.97
    RHS_V     ramp_g7@4  17.93
    RHS_V     ramp_g8@4  37.06
    RHS_V     ramp_g9@4  61
    RHS_V     reserve@4  205.18
    RHS_V     mustrun@4  61.8
    RHS_V     bal_b0@5  119.66
    RHS_V     bal_b1@5  86.25
    RHS_V     bal_b2@5  121.55
    RHS_V     bal_b3@5  39.67
    RHS_V     bal_b4@5  121.37
    RHS_V     ramp_g0@5  35.34
    RHS_V     ramp_g2@5  26.97
    RHS_V     ramp_g3@5  22.37
    RHS_V     ramp_g4@5  56.82
    RHS_V     ramp_g5@5  44.97
    RHS_V     ramp_g7@5  17.93
    RHS_V     ramp_g8@5  37.06
    RHS_V     ramp_g9@5  61
    RHS_V     reserve@5  184.17
    RHS_V     mustrun@5  61.8
    RHS_V     bal_b0@6  116.81
    RHS_V     bal_b1@6  101.52
    RHS_V     bal_b2@6  129.11
    RHS_V     bal_b3@6  49.23
    RHS_V     bal_b4@6  125.8
    RHS_V     ramp_g0@6  35.34
    RHS_V     ramp_g2@6  26.97
    RHS_V     ramp_g3@6  22.37
    RHS_V     ramp_g4@6  56.82
    RHS_V     ramp_g5@6  44.97
    RHS_V     ramp_g7@6  17.93
    RHS_V     ramp_g8@6  37.06
    RHS_V     ramp_g9@6  61
    RHS_V     reserve@6  194.89
    RHS_V     mustrun@6  61.8
    RHS_V     bal_b0@7  137.43
    RHS_V     bal_b1@7  96.78
    RHS_V     bal_b2@7  146.12
    RHS_V     bal_b3@7  46.86
    RHS_V     bal_b4@7  122.09
    RHS_V     ramp_g0@7  35.34
    RHS_V     ramp_g2@7  26.97
    RHS_V     ramp_g3@7  22.37
    RHS_V     ramp_g4@7  56.82
    RHS_V     ramp_g5@7  44.97
    RHS_V     ramp_g7@7  17.93
    RHS_V     ramp_g8@7  37.06
    RHS_V     ramp_g9@7  61
    RHS_V     reserve@7  193.31
    RHS_V     mustrun@7  61.8
    RHS_V     bal_b0@8  141.48
    RHS_V     bal_b1@8  99.4
    RHS_V     bal_b2@8  147.78
    RHS_V     bal_b3@8  56.61
    RHS_V     bal_b4@8  134.2
    RHS_V     ramp_g0@8  35.34
    RHS_V     ramp_g2@8  26.97
    RHS_V     ramp_g3@8  22.37
    RHS_V     ramp_g4@8  56.82
    RHS_V     ramp_g5@8  44.97
    RHS_V     ramp_g7@8  17.93
    RHS_V     ramp_g8@8  37.06
    RHS_V     ramp_g9@8  61
    RHS_V     reserve@8  187.79
    RHS_V     mustrun@8  61.8
    RHS_V     bal_b0@9  151.18
    RHS_V     bal_b1@9  110.29
    RHS_V     bal_b2@9  155.53
    RHS_V     bal_b3@9  51.49
    RHS_V     bal_b4@9  143.64
    RHS_V     ramp_g0@9  35.34
    RHS_V     ramp_g2@9  26.97
    RHS_V     ramp_g3@9  22.37
    RHS_V     ramp_g4@9  56.82
    RHS_V     ramp_g5@9  44.97
    RHS_V     ramp_g7@9  17.93
    RHS_V     ramp_g8@9  37.06
    RHS_V     ramp_g9@9  61
    RHS_V     reserve@9  199.91
    RHS_V     mustrun@9  61.8
    RHS_V     bal_b0@10  146.99
    RHS_V     bal_b1@10  113.03
    RHS_V     bal_b2@10  146.51
    RHS_V     bal_b3@10  56.26
    RHS_V     bal_b4@10  170.38
    RHS_V     ramp_g0@10  35.34
    RHS_V     ramp_g2@10  26.97
    RHS_V     ramp_g3@10  22.37
    RHS_V     ramp_g4@10  56.82
    RHS_V     ramp_g5@10  44.97
    RHS_V     ramp_g7@10  17.93
    RHS_V     ramp_g8@10  37.06
    RHS_V     ramp_g9@10  61
    RHS_V     reserve@10  200.38
    RHS_V     mustrun@10  61.8
    RHS_V     bal_b0@11  160.91
    RHS_V     bal_b1@11  116.76
    RHS_V     bal_b2@11  175.08
    RHS_V     bal_b3@11  62.55
    RHS_V     bal_b4@11  175.83
    RHS_V     ramp_g0@11  35.34
    RHS_V     ramp_g2@11  26.97
    RHS_V     ramp_g3@11  22.37
    RHS_V     ramp_g4@11  56.82
    RHS_V     ramp_g5@11  44.97
    RHS_V     ramp_g7@11  17.93
    RHS_V     ramp_g8@11  37.06
    RHS_V     ramp_g9@11  61
    RHS_V     reserve@11  200.68
    RHS_V     mustrun@11  61.8
    RHS_V     bal_b0@12  155.25
    RHS_V     bal_b1@12  122.22
    RHS_V     bal_b2@12  188.66
    RHS_V     bal_b3@12  63.79
    RHS_V     bal_b4@12  152.38
    RHS_V     ramp_g0@12  35.34
    RHS_V     ramp_g2@12  26.97
    RHS_V     ramp_g3@12  22.37
    RHS_V     ramp_g4@12  56.82
    RHS_V     ramp_g5@12  44.97
    RHS_V     ramp_g7@12  17.93
    RHS_V     ramp_g8@12  37.06
    RHS_V     ramp_g9@12  61
    RHS_V     reserve@12  205.42
    RHS_V     mustrun@12  61.8
    RHS_V     bal_b0@13  176.84
    RHS_V     bal_b1@13  125.92
    RHS_V     bal_b2@13  184
    RHS_V     bal_b3@13  68.94
    RHS_V     bal_b4@13  187.89
    RHS_V     ramp_g0@13  35.34
    RHS_V     ramp_g2@13  26.97
    RHS_V     ramp_g3@13  22.37
    RHS_V     ramp_g4@13  56.82
    RHS_V     ramp_g5@13  44.97
    RHS_V     ramp_g7@13  17.93
    RHS_V     ramp_g8@13  37.06
    RHS_V     ramp_g9@13  61
    RHS_V     reserve@13  194.45
    RHS_V     mustrun@13  61.8
    RHS_V     bal_b0@14  159.86
    RHS_V     bal_b1@14  130.76
    RHS_V     bal_b2@14  180.91
    RHS_V     bal_b3@14  59.19
    RHS_V     bal_b4@14  177.98
    RHS_V     ramp_g0@14  35.34
    RHS_V     ramp_g2@14  26.97
    RHS_V     ramp_g3@14  22.37
    RHS_V     ramp_g4@14  56.82
    RHS_V     ramp_g5@14  44.97
    RHS_V     ramp_g7@14  17.93
    RHS_V     ramp_g8@14  37.06
    RHS_V     ramp_g9@14  61
    RHS_V     reserve@14  198.87
    RHS_V     mustrun@14  61.8
    RHS_V     bal_b0@15  172.59
    RHS_V     bal_b1@15  125.31
    RHS_V     bal_b2@15  173.18
    RHS_V     bal_b3@15  63.58
    RHS_V     bal_b4@15  187.29
    RHS_V     ramp_g0@15  35.34
    RHS_V     ramp_g2@15  26.97
    RHS_V     ramp_g3@15  22.37
    RHS_V     ramp_g4@15  56.82
    RHS_V     ramp_g5@15  44.97
    RHS_V     ramp_g7@15  17.93
    RHS_V     ramp_g8@15  37.06
    RHS_V     ramp_g9@15  61
    RHS_V     reserve@15  194.47
    RHS_V     mustrun@15  61.8
    RHS_V     bal_b0@16  149.59
    RHS_V     bal_b1@16  131.92
    RHS_V     bal_b2@16  192.69
    RHS_V     bal_b3@16  63.63
    RHS_V     bal_b4@16  163.85
    RHS_V     ramp_g0@16  35.34
    RHS_V     ramp_g2@16  26.97
    RHS_V     ramp_g3@16  22.37
    RHS_V     ramp_g4@16  56.82
    RHS_V     ramp_g5@16  44.97
    RHS_V     ramp_g7@16  17.93
    RHS_V     ramp_g8@16  37.06
    RHS_V     ramp_g9@16  61
    RHS_V     reserve@16  199.59
    RHS_V     mustrun@16  61.8
    RHS_V     bal_b0@17  150.13
    RHS_V     bal_b1@17  133.04
    RHS_V     bal_b2@17  162.65
    RHS_V     bal_b3@17  61.35
    RHS_V     bal_b4@17  153.49
    RHS_V     ramp_g0@17  35.34
    RHS_V     ramp_g2@17  26.97
    RHS_V     ramp_g3@17  22.37
    RHS_V     ramp_g4@17  56.82
    RHS_V     ramp_g5@17  44.97
    RHS_V     ramp_g7@17  17.93
    RHS_V     ramp_g8@17  37.06
    RHS_V     ramp_g9@17  61
    RHS_V     reserve@17  200.43
    RHS_V     mustrun@17  61.8
    RHS_V     bal_b0@18  146.89
    RHS_V     bal_b1@18  107.4
    RHS_V     bal_b2@18  171.3
    RHS_V     bal_b3@18  58.99
    RHS_V     bal_b4@18  156.81
    RHS_V     ramp_g0@18  35.34
    RHS_V     ramp_g2@18  26.97
    RHS_V     ramp_g3@18  22.37
    RHS_V     ramp_g4@18  56.82
    RHS_V     ramp_g5@18  44.97
    RHS_V     ramp_g7@18  17.93
    RHS_V     ramp_g8@18  37.06
    RHS_V     ramp_g9@18  61
    RHS_V     reserve@18  200.51
    RHS_V     mustrun@18  61.8
    RHS_V     bal_b0@19  133.69
    RHS_V     bal_b1@19  111.56
    RHS_V     bal_b2@19  153.32
    RHS_V     bal_b3@19  54.05
    RHS_V     bal_b4@19  159.38
    RHS_V     ramp_g0@19  35.34
    RHS_V     ramp_g2@19  26.97
    RHS_V     ramp_g3@19  22.37
    RHS_V     ramp_g4@19  56.82
    RHS_V     ramp_g5@19  44.97
    RHS_V     ramp_g7@19  17.93
    RHS_V     ramp_g8@19  37.06
    RHS_V     ramp_g9@19  61
    RHS_V     reserve@19  189.03
    RHS_V     mustrun@19  61.8
    RHS_V     bal_b0@20  127.94
    RHS_V     bal_b1@20  107.97
    RHS_V     bal_b2@20  146.1
    RHS_V     bal_b3@20  56.88
    RHS_V     bal_b4@20  138.6
    RHS_V     ramp_g0@20  35.34
    RHS_V     ramp_g2@20  26.97
    RHS_V     ramp_g3@20  22.37
    RHS_V     ramp_g4@20  56.82
    RHS_V     ramp_g5@20  44.97
    RHS_V     ramp_g7@20  17.93
    RHS_V     ramp_g8@20  37.06
    RHS_V     ramp_g9@20  61
    RHS_V     reserve@20  198.27
    RHS_V     mustrun@20  61.8
    RHS_V     bal_b0@21  118.19
    RHS_V     bal_b1@21  98.19
    RHS_V     bal_b2@21  122.03
    RHS_V     bal_b3@21  45.49
    RHS_V     bal_b4@21  130.86
    RHS_V     ramp_g0@21  35.34
    RHS_V     ramp_g2@21  26.97
    RHS_V     ramp_g3@21  22.37
    RHS_V     ramp_g4@21  56.82
    RHS_V     ramp_g5@21  44.97
    RHS_V     ramp_g7@21  17.93
    RHS_V     ramp_g8@21  37.06
    RHS_V     ramp_g9@21  61
    RHS_V     reserve@21  203.68
    RHS_V     mustrun@21  61.8
    RHS_V     bal_b0@22  106.76
    RHS_V     bal_b1@22  95.29
    RHS_V     bal_b2@22  133.82
    RHS_V     bal_b3@22  43.68
    RHS_V     bal_b4@22  110.9
    RHS_V     ramp_g0@22  35.34
    RHS_V     ramp_g2@22  26.97
    RHS_V     ramp_g3@22  22.37
    RHS_V     ramp_g4@22  56.82
    RHS_V     ramp_g5@22  44.97
    RHS_V     ramp_g7@22  17.93
    RHS_V     ramp_g8@22  37.06
    RHS_V     ramp_g9@22  61
    RHS_V     reserve@22  198.65
    RHS_V     mustrun@22  61.8
    RHS_V     bal_b0@23  107.15
    RHS_V     bal_b1@23  81.74
    RHS_V     bal_b2@23  117.45
    RHS_V     bal_b3@23  42.25
    RHS_V     bal_b4@23  111.27
    RHS_V     ramp_g0@23  35.34
    RHS_V     ramp_g2@23  26.97
    RHS_V     ramp_g3@23  22.37
    RHS_V     ramp_g4@23  56.82
    RHS_V     ramp_g5@23  44.97
    RHS_V     ramp_g7@23  17.93
    RHS_V     ramp_g8@23  37.06
    RHS_V     ramp_g9@23  61
    RHS_V     reserve@23  199.8
    RHS_V     mustrun@23  61.8
    RHS_V     bal_b0@24  104.62
    RHS_V     bal_b1@24  89.86
    RHS_V     bal_b2@24  122.84
    RHS_V     bal_b3@24  44.35
    RHS_V     bal_b4@24  111.52
    RHS_V     ramp_g0@24  35.34
    RHS_V     ramp_g2@24  26.97
    RHS_V     ramp_g3@24  22.37
    RHS_V     ramp_g4@24  56.82
    RHS_V     ramp_g5@24  44.97
    RHS_V     ramp_g7@24  17.93
    RHS_V     ramp_g8@24  37.06
    RHS_V     ramp_g9@24  61
    RHS_V     reserve@24  193.76
    RHS_V     mustrun@24  61.8
    RHS_V     bal_b0@25  100.24
    RHS_V     bal_b1@25  87.97
    RHS_V     bal_b2@25  119.34
    RHS_V     bal_b3@25  37.35
    RHS_V     bal_b4@25  104.62
    RHS_V     ramp_g0@25  35.34
    RHS_V     ramp_g2@25  26.97
    RHS_V     ramp_g3@25  22.37
    RHS_V     ramp_g4@25  56.82
    RHS_V     ramp_g5@25  44.97
    RHS_V     ramp_g7@25  17.93
    RHS_V     ramp_g8@25  37.06
    RHS_V     ramp_g9@25  61
    RHS_V     reserve@25  197.39
    RHS_V     mustrun@25  61.8
    RHS_V     bal_b0@26  108.84
    RHS_V     bal_b1@26  84.34
    RHS_V     bal_b2@26  116.82
    RHS_V     bal_b3@26  36.76
    RHS_V     bal_b4@26  105.4
    RHS_V     ramp_g0@26  35.34
    RHS_V     ramp_g2@26  26.97
    RHS_V     ramp_g3@26  22.37
    RHS_V     ramp_g4@26  56.82
    RHS_V     ramp_g5@26  44.97
    RHS_V     ramp_g7@26  17.93
    RHS_V     ramp_g8@26  37.06
    RHS_V     ramp_g9@26  61
    RHS_V     reserve@26  207.27
    RHS_V     mustrun@26  61.8
    RHS_V     bal_b0@27  93.55
    RHS_V     bal_b1@27  81.39
    RHS_V     bal_b2@27  113.4
    RHS_V     bal_b3@27  39.59
    RHS_V     bal_b4@27  111.64
    RHS_V     ramp_g0@27  35.34
    RHS_V     ramp_g2@27  26.97
    RHS_V     ramp_g3@27  22.37
    RHS_V     ramp_g4@27  56.82
    RHS_V     ramp_g5@27  44.97
    RHS_V     ramp_g7@27  17.93
    RHS_V     ramp_g8@27  37.06
    RHS_V     ramp_g9@27  61
    RHS_V     reserve@27  202.81
    RHS_V     mustrun@27  61.8
    RHS_V     bal_b0@28  107.9
    RHS_V     bal_b1@28  88.17
    RHS_V     bal_b2@28  105.66
    RHS_V     bal_b3@28  40.86
    RHS_V     bal_b4@28  115.85
    RHS_V     ramp_g0@28  35.34
    RHS_V     ramp_g2@28  26.97
    RHS_V     ramp_g3@28  22.37
    RHS_V     ramp_g4@28  56.82
    RHS_V     ramp_g5@28  44.97
    RHS_V     ramp_g7@28  17.93
    RHS_V     ramp_g8@28  37.06
    RHS_V     ramp_g9@28  61
    RHS_V     reserve@28  195.82
    RHS_V     mustrun@28  61.8
    RHS_V     bal_b0@29  107.28
    RHS_V     bal_b1@29  89.86
    RHS_V     bal_b2@29  111.54
    RHS_V     bal_b3@29  42.49
    RHS_V     bal_b4@29  105.71
    RHS_V     ramp_g0@29  35.34
    RHS_V     ramp_g2@29  26.97
    RHS_V     ramp_g3@29  22.37
    RHS_V     ramp_g4@29  56.82
    RHS_V     ramp_g5@29  44.97
    RHS_V     ramp_g7@29  17.93
    RHS_V     ramp_g8@29  37.06
    RHS_V     ramp_g9@29  61
    RHS_V     reserve@29  196.67
    RHS_V     mustrun@29  61.8
    RHS_V     bal_b0@30  106.43
    RHS_V     bal_b1@30  99.07
    RHS_V     bal_b2@30  123.04
    RHS_V     bal_b3@30  45.59
    RHS_V     bal_b4@30  116.79
    RHS_V     ramp_g0@30  35.34
    RHS_V     ramp_g2@30  26.97
    RHS_V     ramp_g3@30  22.37
    RHS_V     ramp_g4@30  56.82
    RHS_V     ramp_g5@30  44.97
    RHS_V     ramp_g7@30  17.93
    RHS_V     ramp_g8@30  37.06
    RHS_V     ramp_g9@30  61
    RHS_V     reserve@30  200.87
    RHS_V     mustrun@30  61.8
    RHS_V     bal_b0@31  132.55
    RHS_V     bal_b1@31  98.67
    RHS_V     bal_b2@31  126.07
    RHS_V     bal_b3@31  51.27
    RHS_V     bal_b4@31  120.41
    RHS_V     ramp_g0@31  35.34
    RHS_V     ramp_g2@31  26.97
    RHS_V     ramp_g3@31  22.37
    RHS_V     ramp_g4@31  56.82
    RHS_V     ramp_g5@31  44.97
    RHS_V     ramp_g7@31  17.93
    RHS_V     ramp_g8@31  37.06
    RHS_V     ramp_g9@31  61
    RHS_V     reserve@31  204.17
    RHS_V     mustrun@31  61.8
    RHS_V     bal_b0@32  132.28
    RHS_V     bal_b1@32  100.92
    RHS_V     bal_b2@32  157.08
    RHS_V     bal_b3@32  54.85
    RHS_V     bal_b4@32  144.59
    RHS_V     ramp_g0@32  35.34
    RHS_V     ramp_g2@32  26.97
    RHS_V     ramp_g3@32  22.37
    RHS_V     ramp_g4@32  56.82
    RHS_V     ramp_g5@32  44.97
    RHS_V     ramp_g7@32  17.93
    RHS_V     ramp_g8@32  37.06
    RHS_V     ramp_g9@32  61
    RHS_V     reserve@32  201.76
    RHS_V     mustrun@32  61.8
    RHS_V     bal_b0@33  156.7
    RHS_V     bal_b1@33  113.64
    RHS_V     bal_b2@33  151.72
    RHS_V     bal_b3@33  59.34
    RHS_V     bal_b4@33  150.64
    RHS_V     ramp_g0@33  35.34
    RHS_V     ramp_g2@33  26.97
    RHS_V     ramp_g3@33  22.37
    RHS_V     ramp_g4@33  56.82
    RHS_V     ramp_g5@33  44.97
    RHS_V     ramp_g7@33  17.93
    RHS_V     ramp_g8@33  37.06
    RHS_V     ramp_g9@33  61
    RHS_V     reserve@33  202.92
    RHS_V     mustrun@33  61.8
    RHS_V     bal_b0@34  159.48
    RHS_V     bal_b1@34  118.6
    RHS_V     bal_b2@34  168.88
    RHS_V     bal_b3@34  56.8
    RHS_V     bal_b4@34  154.06
    RHS_V     ramp_g0@34  35.34
    RHS_V     ramp_g2@34  26.97
    RHS_V     ramp_g3@34  22.37
    RHS_V     ramp_g4@34  56.82
    RHS_V     ramp_g5@34  44.97
    RHS_V     ramp_g7@34  17.93
    RHS_V     ramp_g8@34  37.06
    RHS_V     ramp_g9@34  61
    RHS_V     reserve@34  195.95
    RHS_V     mustrun@34  61.8
    RHS_V     bal_b0@35  169.8
    RHS_V     bal_b1@35  116.95
    RHS_V     bal_b2@35  158.17
    RHS_V     bal_b3@35  63.11
    RHS_V     bal_b4@35  175.32
    RHS_V     ramp_g0@35  35.34
    RHS_V     ramp_g2@35  26.97
    RHS_V     ramp_g3@35  22.37
    RHS_V     ramp_g4@35  56.82
    RHS_V     ramp_g5@35  44.97
    RHS_V     ramp_g7@35  17.93
    RHS_V     ramp_g8@35  37.06
    RHS_V     ramp_g9@35  61
    RHS_V     reserve@35  199.11
    RHS_V     mustrun@35  61.8
    RHS_V     bal_b0@36  165.63
    RHS_V     bal_b1@36  132.8
    RHS_V     bal_b2@36  177.95
    RHS_V     bal_b3@36  64.53
    RHS_V     bal_b4@36  185.06
    RHS_V     ramp_g0@36  35.34
    RHS_V     ramp_g2@36  26.97
    RHS_V     ramp_g3@36  22.37
    RHS_V     ramp_g4@36  56.82
    RHS_V     ramp_g5@36  44.97
    RHS_V     ramp_g7@36  17.93
    RHS_V     ramp_g8@36  37.06
    RHS_V     ramp_g9@36  61
    RHS_V     reserve@36  196.95
    RHS_V     mustrun@36  61.8
    RHS_V     bal_b0@37  161.47
    RHS_V     bal_b1@37  137.04
    RHS_V     bal_b2@37  164.47
    RHS_V     bal_b3@37  60.71
    RHS_V     bal_b4@37  171.92
    RHS_V     ramp_g0@37  35.34
    RHS_V     ramp_g2@37  26.97
    RHS_V     ramp_g3@37  22.37
    RHS_V     ramp_g4@37  56.82
    RHS_V     ramp_g5@37  44.97
    RHS_V     ramp_g7@37  17.93
    RHS_V     ramp_g8@37  37.06
    RHS_V     ramp_g9@37  61
    RHS_V     reserve@37  201.08
    RHS_V     mustrun@37  61.8
    RHS_V     bal_b0@38  179.88
    RHS_V     bal_b1@38  125.66
    RHS_V     bal_b2@38  171.32
    RHS_V     bal_b3@38  64.82
    RHS_V     bal_b4@38  180.01
    RHS_V     ramp_g0@38  35.34
    RHS_V     ramp_g2@38  26.97
    RHS_V     ramp_g3@38  22.37
    RHS_V     ramp_g4@38  56.82
    RHS_V     ramp_g5@38  44.97
    RHS_V     ramp_g7@38  17.93
    RHS_V     ramp_g8@38  37.06
    RHS_V     ramp_g9@38  61
    RHS_V     reserve@38  197.92
    RHS_V     mustrun@38  61.8
    RHS_V     bal_b0@39  163.93
    RHS_V     bal_b1@39  122.18
    RHS_V     bal_b2@39  190.27
    RHS_V     bal_b3@39  63.44
    RHS_V     bal_b4@39  181.12
    RHS_V     ramp_g0@39  35.34
    RHS_V     ramp_g2@39  26.97
    RHS_V     ramp_g3@39  22.37
    RHS_V     ramp_g4@39  56.82
    RHS_V     ramp_g5@39  44.97
    RHS_V     ramp_g7@39  17.93
    RHS_V     ramp_g8@39  37.06
    RHS_V     ramp_g9@39  61
    RHS_V     reserve@39  202.94
    RHS_V     mustrun@39  61.8
    RHS_V     bal_b0@40  175.61
    RHS_V     bal_b1@40  130.44
    RHS_V     bal_b2@40  172.96
    RHS_V     bal_b3@40  69.03
    RHS_V     bal_b4@40  176.26
    RHS_V     ramp_g0@40  35.34
    RHS_V     ramp_g2@40  26.97
    RHS_V     ramp_g3@40  22.37
    RHS_V     ramp_g4@40  56.82
    RHS_V     ramp_g5@40  44.97
    RHS_V     ramp_g7@40  17.93
    RHS_V     ramp_g8@40  37.06
    RHS_V     ramp_g9@40  61
    RHS_V     reserve@40  195.87
    RHS_V     mustrun@40  61.8
    RHS_V     bal_b0@41  171.2
    RHS_V     bal_b1@41  123.15
    RHS_V     bal_b2@41  180.18
    RHS_V     bal_b3@41  62.1
    RHS_V     bal_b4@41  157.71
    RHS_V     ramp_g0@41  35.34
    RHS_V     ramp_g2@41  26.97
    RHS_V     ramp_g3@41  22.37
    RHS_V     ramp_g4@41  56.82
    RHS_V     ramp_g5@41  44.97
    RHS_V     ramp_g7@41  17.93
    RHS_V     ramp_g8@41  37.06
    RHS_V     ramp_g9@41  61
    RHS_V     reserve@41  204.66
    RHS_V     mustrun@41  61.8
    RHS_V     bal_b0@42  146.77
    RHS_V     bal_b1@42  124.04
    RHS_V     bal_b2@42  162.78
    RHS_V     bal_b3@42  61.97
    RHS_V     bal_b4@42  171.59
    RHS_V     ramp_g0@42  35.34
    RHS_V     ramp_g2@42  26.97
    RHS_V     ramp_g3@42  22.37
    RHS_V     ramp_g4@42  56.82
    RHS_V     ramp_g5@42  44.97
    RHS_V     ramp_g7@42  17.93
    RHS_V     ramp_g8@42  37.06
    RHS_V     ramp_g9@42  61
    RHS_V     reserve@42  194.01
    RHS_V     mustrun@42  61.8
    RHS_V     bal_b0@43  149.52
    RHS_V     bal_b1@43  117.82
    RHS_V     bal_b2@43  153.45
    RHS_V     bal_b3@43  54.73
    RHS_V     bal_b4@43  138.62
    RHS_V     ramp_g0@43  35.34
    RHS_V     ramp_g2@43  26.97
    RHS_V     ramp_g3@43  22.37
    RHS_V     ramp_g4@43  56.82
    RHS_V     ramp_g5@43  44.97
    RHS_V     ramp_g7@43  17.93
    RHS_V     ramp_g8@43  37.06
    RHS_V     ramp_g9@43  61
    RHS_V     reserve@43  199.67
    RHS_V     mustrun@43  61.8
    RHS_V     bal_b0@44  142.81
    RHS_V     bal_b1@44  95.37
    RHS_V     bal_b2@44  142.85
    RHS_V     bal_b3@44  55.32
    RHS_V     bal_b4@44  135.68
    RHS_V     ramp_g0@44  35.34
    RHS_V     ramp_g2@44  26.97
    RHS_V     ramp_g3@44  22.37
    RHS_V     ramp_g4@44  56.82
    RHS_V     ramp_g5@44  44.97
    RHS_V     ramp_g7@44  17.93
    RHS_V     ramp_g8@44  37.06
    RHS_V     ramp_g9@44  61
    RHS_V     reserve@44  196.84
    RHS_V     mustrun@44  61.8
    RHS_V     bal_b0@45  138.2
    RHS_V     bal_b1@45  92.97
    RHS_V     bal_b2@45  131.43
    RHS_V     bal_b3@45  52.44
    RHS_V     bal_b4@45  141.41
    RHS_V     ramp_g0@45  35.34
    RHS_V     ramp_g2@45  26.97
    RHS_V     ramp_g3@45  22.37
    RHS_V     ramp_g4@45  56.82
    RHS_V     ramp_g5@45  44.97
    RHS_V     ramp_g7@45  17.93
    RHS_V     ramp_g8@45  37.06
    RHS_V     ramp_g9@45  61
    RHS_V     reserve@45  201.86
    RHS_V     mustrun@45  61.8
    RHS_V     bal_b0@46  116.58
    RHS_V     bal_b1@46  99.09
    RHS_V     bal_b2@46  127.14
    RHS_V     bal_b3@46  42.21
    RHS_V     bal_b4@46  118.4
    RHS_V     ramp_g0@46  35.34
    RHS_V     ramp_g2@46  26.97
    RHS_V     ramp_g3@46  22.37
    RHS_V     ramp_g4@46  56.82
    RHS_V     ramp_g5@46  44.97
    RHS_V     ramp_g7@46  17.93
    RHS_V     ramp_g8@46  37.06
    RHS_V     ramp_g9@46  61
    RHS_V     reserve@46  195.8
    RHS_V     mustrun@46  61.8
    RHS_V     bal_b0@47  104
    RHS_V     bal_b1@47  89.85
    RHS_V     bal_b2@47  113.62
    RHS_V     bal_b3@47  43.57
    RHS_V     bal_b4@47  121.14
    RHS_V     ramp_g0@47  35.34
    RHS_V     ramp_g2@47  26.97
    RHS_V     ramp_g3@47  22.37
    RHS_V     ramp_g4@47  56.82
    RHS_V     ramp_g5@47  44.97
    RHS_V     ramp_g7@47  17.93
    RHS_V     ramp_g8@47  37.06
    RHS_V     ramp_g9@47  61
    RHS_V     reserve@47  202.31
    RHS_V     mustrun@47  61.8
    RHS_V     energycap_g0  2575.79
RANGES
    RANGE     ramp_g0@1  70.68
    RANGE     ramp_g2@1  53.94
    RANGE     ramp_g3@1  44.74
    RANGE     ramp_g4@1  113.64
    RANGE     ramp_g5@1  89.94
    RANGE     ramp_g7@1  35.86
    RANGE     ramp_g8@1  74.12
    RANGE     ramp_g9@1  122
    RANGE     ramp_g0@2  70.68
    RANGE     ramp_g2@2  53.94
    RANGE     ramp_g3@2  44.74
    RANGE     ramp_g4@2  113.64
    RANGE     ramp_g5@2  89.94
    RANGE     ramp_g7@2  35.86
    RANGE     ramp_g8@2  74.12
    RANGE     ramp_g9@2  122
    RANGE     ramp_g0@3  70.68
    RANGE     ramp_g2@3  53.94
    RANGE     ramp_g3@3  44.74
    RANGE     ramp_g4@3  113.64
    RANGE     ramp_g5@3  89.94
    RANGE     ramp_g7@3  35.86
    RANGE     ramp_g8@3  74.12
    RANGE     ramp_g9@3  122
    RANGE     ramp_g0@4  70.68
    RANGE     ramp_g2@4  53.94
    RANGE     ramp_g3@4  44.74
    RANGE     ramp_g4@4  113.64
    RANGE     ramp_g5@4  89.94
    RANGE     ramp_g7@4  35.86
    RANGE     ramp_g8@4  74.12
    RANGE     ramp_g9@4  122
    RANGE     ramp_g0@5  70.68
    RANGE     ramp_g2@5  53.94
    RANGE     ramp_g3@5  44.74
    RANGE     ramp_g4@5  113.64
    RANGE     ramp_g5@5  89.94
    RANGE     ramp_g7@5  35.86
    RANGE     ramp_g8@5  74.12
    RANGE     ramp_g9@5  122
    RANGE     ramp_g0@6  70.68
    RANGE     ramp_g2@6  53.94
    RANGE     ramp_g3@6  44.74
    RANGE     ramp_g4@6  113.64
    RANGE     ramp_g5@6  89.94
    RANGE     ramp_g7@6  35.86
    RANGE     ramp_g8@6  74.12
    RANGE     ramp_g9@6  122
    RANGE     ramp_g0@7  70.68
    RANGE     ramp_g2@7  53.94
    RANGE     ramp_g3@7  44.74
    RANGE     ramp_g4@7  113.64
    RANGE     ramp_g5@7  89.94
    RANGE     ramp_g7@7  35.86
    RANGE     ramp_g8@7  74.12
    RANGE     ramp_g9@7  122
    RANGE     ramp_g0@8  70.68
    RANGE     ramp_g2@8  53.94
    RANGE     ramp_g3@8  44.74
    RANGE     ramp_g4@8  113.64
    RANGE     ramp_g5@8  89.94
    RANGE     ramp_g7@8  35.86
    RANGE     ramp_g8@8  74.12
    RANGE     ramp_g9@8  122
    RANGE     ramp_g0@9  70.68
    RANGE     ramp_g2@9  53.94
    RANGE     ramp_g3@9  44.74
    RANGE     ramp_g4@9  113.64
    RANGE     ramp_g5@9  89.94
    RANGE     ramp_g7@9  35.86
    RANGE     ramp_g8@9  74.12
    RANGE     ramp_g9@9  122
    RANGE     ramp_g0@10  70.68
    RANGE     ramp_g2@10  53.94
    RANGE     ramp_g3@10  44.74
    RANGE     ramp_g4@10  113.64
    RANGE     ramp_g5@10  89.94
    RANGE     ramp_g7@10  35.86
    RANGE     ramp_g8@10  74.12
    RANGE     ramp_g9@10  122
    RANGE     ramp_g0@11  70.68
    RANGE     ramp_g2@11  53.94
    RANGE     ramp_g3@11  44.74
    RANGE     ramp_g4@11  113.64
    RANGE     ramp_g5@11  89.94
    RANGE     ramp_g7@11  35.86
    RANGE     ramp_g8@11  74.12
    RANGE     ramp_g9@11  122
    RANGE     ramp_g0@12  70.68
    RANGE     ramp_g2@12  53.94
    RANGE     ramp_g3@12  44.74
    RANGE     ramp_g4@12  113.64
    RANGE     ramp_g5@12  89.94
    RANGE     ramp_g7@12  35.86
    RANGE     ramp_g8@12  74.12
    RANGE     ramp_g9@12  122
    RANGE     ramp_g0@13  70.68
    RANGE     ramp_g2@13  53.94
    RANGE     ramp_g3@13  44.74
    RANGE     ramp_g4@13  113.64
    RANGE     ramp_g5@13  89.94
    RANGE     ramp_g7@13  35.86
    RANGE     ramp_g8@13  74.12
    RANGE     ramp_g9@13  122
    RANGE     ramp_g0@14  70.68
    RANGE     ramp_g2@14  53.94
    RANGE     ramp_g3@14  44.74
    RANGE     ramp_g4@14  113.64
    RANGE     ramp_g5@14  89.94
    RANGE     ramp_g7@14  35.86
    RANGE     ramp_g8@14  74.12
    RANGE     ramp_g9@14  122
    RANGE     ramp_g0@15  70.68
    RANGE     ramp_g2@15  53.94
    RANGE     ramp_g3@15  44.74
    RANGE     ramp_g4@15  113.64
    RANGE     ramp_g5@15  89.94
    RANGE     ramp_g7@15  35.86
    RANGE     ramp_g8@15  74.12
    RANGE     ramp_g9@15  122
    RANGE     ramp_g0@16  70.68
    RANGE     ramp_g2@16  53.94
    RANGE     ramp_g3@16  44.74
    RANGE     ramp_g4@16  113.64
    RANGE     ramp_g5@16  89.94
    RANGE     ramp_g7@16  35.86
    RANGE     ramp_g8@16  74.12
    RANGE     ramp_g9@16  122
    RANGE     ramp_g0@17  70.68
    RANGE     ramp_g2@17  53.94
    RANGE     ramp_g3@17  44.74
    RANGE     ramp_g4@17  113.64
    RANGE     ramp_g5@17  89.94
    RANGE     ramp_g7@17  35.86
    RANGE     ramp_g8@17  74.12
    RANGE     ramp_g9@17  122
    RANGE     ramp_g0@18  70.68
    RANGE     ramp_g2@18  53.94
    RANGE     ramp_g3@18  44.74
    RANGE     ramp_g4@18  113.64
    RANGE     ramp_g5@18  89.94
    RANGE     ramp_g7@18  35.86
    RANGE     ramp_g8@18  74.12
    RANGE     ramp_g9@18  122
    RANGE     ramp_g0@19  70.68
    RANGE     ramp_g2@19  53.94
    RANGE     ramp_g3@19  44.74
    RANGE     ramp_g4@19  113.64
    RANGE     ramp_g5@19  89.94
    RANGE     ramp_g7@19  35.86
    RANGE     ramp_g8@19  74.12
    RANGE     ramp_g9@19  122
    RANGE     ramp_g0@20  70.68
    RANGE     ramp_g2@20  53.94
    RANGE     ramp_g3@20  44.74
    RANGE     ramp_g4@20  113.64
    RANGE     ramp_g5@20  89.94
    RANGE     ramp_g7@20  35.86
    RANGE     ramp_g8@20  74.12
    RANGE     ramp_g9@20  122
    RANGE     ramp_g0@21  70.68
    RANGE     ramp_g2@21  53.94
    RANGE     ramp_g3@21  44.74
    RANGE     ramp_g4@21  113.64
    RANGE     ramp_g5@21  89.94
    RANGE     ramp_g7@21  35.86
    RANGE     ramp_g8@21  74.12
    RANGE     ramp_g9@21  122
    RANGE     ramp_g0@22  70.68
    RANGE     ramp_g2@22  53.94
    RANGE     ramp_g3@22  44.74
    RANGE     ramp_g4@22  113.64
    RANGE     ramp_g5@22  89.94
    RANGE     ramp_g7@22  35.86
    RANGE     ramp_g8@22  74.12
    RANGE     ramp_g9@22  122
    RANGE     ramp_g0@23  70.68
    RANGE     ramp_g2@23  53.94
    RANGE     ramp_g3@23  44.74
    RANGE     ramp_g4@23  113.64
    RANGE     ramp_g5@23  89.94
    RANGE     ramp_g7@23  35.86
    RANGE     ramp_g8@23  74.12
    RANGE     ramp_g9@23  122
    RANGE     ramp_g0@24  70.68
    RANGE     ramp_g2@24  53.94
    RANGE     ramp_g3@24  44.74
    RANGE     ramp_g4@24  113.64
    RANGE     ramp_g5@24  89.94
    RANGE     ramp_g7@24  35.86
    RANGE     ramp_g8@24  74.12
    RANGE     ramp_g9@24  122
    RANGE     ramp_g0@25  70.68
    RANGE     ramp_g2@25  53.94
    RANGE     ramp_g3@25  44.74
    RANGE     ramp_g4@25  113.64
    RANGE     ramp_g5@25  89.94
    RANGE     ramp_g7@25  35.86
    RANGE     ramp_g8@25  74.12
    RANGE     ramp_g9@25  122
    RANGE     ramp_g0@26  70.68
    RANGE     ramp_g2@26  53.94
    RANGE     ramp_g3@26  44.74
    RANGE     ramp_g4@26  113.64
    RANGE     ramp_g5@26  89.94
    RANGE     ramp_g7@26  35.86
    RANGE     ramp_g8@26  74.12
    RANGE     ramp_g9@26  122
    RANGE     ramp_g0@27  70.68
    RANGE     ramp_g2@27  53.94
    RANGE     ramp_g3@27  44.74
    RANGE     ramp_g4@27  113.64
    RANGE     ramp_g5@27  89.94
    RANGE     ramp_g7@27  35.86
    RANGE     ramp_g8@27  74.12
    RANGE     ramp_g9@27  122
    RANGE     ramp_g0@28  70.68
    RANGE     ramp_g2@28  53.94
    RANGE     ramp_g3@28  44.74
    RANGE     ramp_g4@28  113.64
    RANGE     ramp_g5@28  89.94
    RANGE     ramp_g7@28  35.86
    RANGE     ramp_g8@28  74.12
    RANGE     ramp_g9@28  122
    RANGE     ramp_g0@29  70.68
    RANGE     ramp_g2@29  53.94
    RANGE     ramp_g3@29  44.74
    RANGE     ramp_g4@29  113.64
    RANGE     ramp_g5@29  89.94
    RANGE     ramp_g7@29  35.86
    RANGE     ramp_g8@29  74.12
    RANGE     ramp_g9@29  122
    RANGE     ramp_g0@30  70.68
    RANGE     ramp_g2@30  53.94
    RANGE     ramp_g3@30  44.74
    RANGE     ramp_g4@30  113.64
    RANGE     ramp_g5@30  89.94
    RANGE     ramp_g7@30  35.86
    RANGE     ramp_g8@30  74.12
    RANGE     ramp_g9@30  122
    RANGE     ramp_g0@31  70.68
    RANGE     ramp_g2@31  53.94
    RANGE     ramp_g3@31  44.74
    RANGE     ramp_g4@31  113.64
    RANGE     ramp_g5@31  89.94
    RANGE     ramp_g7@31  35.86
    RANGE     ramp_g8@31  74.12
    RANGE     ramp_g9@31  122
    RANGE     ramp_g0@32  70.68
    RANGE     ramp_g2@32  53.94
    RANGE     ramp_g3@32  44.74
    RANGE     ramp_g4@32  113.64
    RANGE     ramp_g5@32  89.94
    RANGE     ramp_g7@32  35.86
    RANGE     ramp_g8@32  74.12
    RANGE     ramp_g9@32  122
    RANGE     ramp_g0@33  70.68
    RANGE     ramp_g2@33  53.94
    RANGE     ramp_g3@33  44.74
    RANGE     ramp_g4@33  113.64
    RANGE     ramp_g5@33  89.94
    RANGE     ramp_g7@33  35.86
    RANGE     ramp_g8@33  74.12
    RANGE     ramp_g9@33  122
    RANGE     ramp_g0@34  70.68
    RANGE     ramp_g2@34  53.94
    RANGE     ramp_g3@34  44.74
    RANGE     ramp_g4@34  113.64
    RANGE     ramp_g5@34  89.94
    RANGE     ramp_g7@34  35.86
    RANGE     ramp_g8@34  74.12
    RANGE     ramp_g9@34  122
    RANGE     ramp_g0@35  70.68
    RANGE     ramp_g2@35  53.94
    RANGE     ramp_g3@35  44.74
    RANGE     ramp_g4@35  113.64
    RANGE     ramp_g5@35  89.94
    RANGE     ramp_g7@35  35.86
    RANGE     ramp_g8@35  74.12
    RANGE     ramp_g9@35  122
    RANGE     ramp_g0@36  70.68
    RANGE     ramp_g2@36  53.94
    RANGE     ramp_g3@36  44.74
    RANGE     ramp_g4@36  113.64
    RANGE     ramp_g5@36  89.94
    RANGE     ramp_g7@36  35.86
    RANGE     ramp_g8@36  74.12
    RANGE     ramp_g9@36  122
    RANGE     ramp_g0@37  70.68
    RANGE     ramp_g2@37  53.94
    RANGE     ramp_g3@37  44.74
    RANGE     ramp_g4@37  113.64
    RANGE     ramp_g5@37  89.94
    RANGE     ramp_g7@37  35.86
    RANGE     ramp_g8@37  74.12
    RANGE     ramp_g9@37  122
    RANGE     ramp_g0@38  70.68
    RANGE     ramp_g2@38  53.94
    RANGE     ramp_g3@38  44.74
    RANGE     ramp_g4@38  113.64
    RANGE     ramp_g5@38  89.94
    RANGE     ramp_g7@38  35.86
    RANGE     ramp_g8@38  74.12
    RANGE     ramp_g9@38  122
    RANGE     ramp_g0@39  70.68
    RANGE     ramp_g2@39  53.94
    RANGE     ramp_g3@39  44.74
    RANGE     ramp_g4@39  113.64
    RANGE     ramp_g5@39  89.94
    RANGE     ramp_g7@39  35.86
    RANGE     ramp_g8@39  74.12
    RANGE     ramp_g9@39  122
    RANGE     ramp_g0@40  70.68
    RANGE     ramp_g2@40  53.94
    RANGE     ramp_g3@40  44.74
    RANGE     ramp_g4@40  113.64
    RANGE     ramp_g5@40  89.94
    RANGE     ramp_g7@40  35.86
    RANGE     ramp_g8@40  74.12
    RANGE     ramp_g9@40  122
    RANGE     ramp_g0@41  70.68
    RANGE     ramp_g2@41  53.94
    RANGE     ramp_g3@41  44.74
    RANGE     ramp_g4@41  113.64
    RANGE     ramp_g5@41  89.94
    RANGE     ramp_g7@41  35.86
    RANGE     ramp_g8@41  74.12
    RANGE     ramp_g9@41  122
    RANGE     ramp_g0@42  70.68
    RANGE     ramp_g2@42  53.94
    RANGE     ramp_g3@42  44.74
    RANGE     ramp_g4@42  113.64
    RANGE     ramp_g5@42  89.94
    RANGE     ramp_g7@42  35.86
    RANGE     ramp_g8@42  74.12
    RANGE     ramp_g9@42  122
    RANGE     ramp_g0@43  70.68
    RANGE     ramp_g2@43  53.94
    RANGE     ramp_g3@43  44.74
    RANGE     ramp_g4@43  113.64
    RANGE     ramp_g5@43  89.94
    RANGE     ramp_g7@43  35.86
    RANGE     ramp_g8@43  74.12
    RANGE     ramp_g9@43  122
    RANGE     ramp_g0@44  70.68
    RANGE     ramp_g2@44  53.94
    RANGE     ramp_g3@44  44.74
    RANGE     ramp_g4@44  113.64
    RANGE     ramp_g5@44  89.94
    RANGE     ramp_g7@44  35.86
    RANGE     ramp_g8@44  74.12
    RANGE     ramp_g9@44  122
    RANGE     ramp_g0@45  70.68
    RANGE     ramp_g2@45  53.94
    RANGE     ramp_g3@45  44.74
    RANGE     ramp_g4@45  113.64
    RANGE     ramp_g5@45  89.94
    RANGE     ramp_g7@45  35.86
    RANGE     ramp_g8@45  74.12
    RANGE     ramp_g9@45  122
    RANGE     ramp_g0@46  70.68
    RANGE     ramp_g2@46  53.94
    RANGE     ramp_g3@46  44.74
    RANGE     ramp_g4@46  113.64
    RANGE     ramp_g5@46  89.94
    RANGE     ramp_g7@46  35.86
    RANGE     ramp_g8@46  74.12
    RANGE     ramp_g9@46  122
    RANGE     ramp_g0@47  70.68
    RANGE     ramp_g2@47  53.94
    RANGE     ramp_g3@47  44.74
    RANGE     ramp_g4@47  113.64
    RANGE     ramp_g5@47  89.94
    RANGE     ramp_g7@47  35.86
    RANGE     ramp_g8@47  74.12
    RANGE     ramp_g9@47  122
BOUNDS
 UP BOUND     p_g0@0    88.59
 FX BOUND     p_g1@0    6.83
 LO BOUND     p_g2@0    12.75
 UP BOUND     p_g2@0    56.32
 UP BOUND     p_g3@0    81.23
 UP BOUND     p_g4@0    131.37
 UP BOUND     p_g5@0    111.73
 FX BOUND     p_g6@0    2.24
 LO BOUND     p_g7@0    8.77
 UP BOUND     p_g7@0    36.22
 UP BOUND     p_g8@0    107.39
 UP BOUND     p_g9@0    108.02
 MI BOUND     imp@0   
 UP BOUND     imp@0     41.68
 FR BOUND     f_l0@0  
 LO BOUND     f_l1@0    -97.5
 UP BOUND     f_l1@0    97.5
 LO BOUND     f_l2@0    -67.63
 UP BOUND     f_l2@0    67.63
 LO BOUND     f_l3@0    -76.56
 UP BOUND     f_l3@0    76.56
 LO BOUND     f_l4@0    -118.08
 UP BOUND     f_l4@0    118.08
 LO BOUND     f_l5@0    -102.52
 UP BOUND     f_l5@0    102.52
 UP BOUND     ch_s0@0   30.9
 UP BOUND     dis_s0@0  30.9
 UP BOUND     soc_s0@0  123.6
 UP BOUND     ch_s1@0   53.73
 UP BOUND     dis_s1@0  53.73
 UP BOUND     soc_s1@0  214.94
 UP BOUND     p_g0@1    93.85
 FX BOUND     p_g1@1    7.35
 LO BOUND     p_g2@1    12.75
 UP BOUND     p_g2@1    54.27
 UP BOUND     p_g3@1    80.11
 UP BOUND     p_g4@1    129.58
 UP BOUND     p_g5@1    116.23
 FX BOUND     p_g6@1    3.02
 LO BOUND     p_g7@1    8.77
 UP BOUND     p_g7@1    36.18
 UP BOUND     p_g8@1    112.33
 UP BOUND     p_g9@1    110.93
 MI BOUND     imp@1   
 UP BOUND     imp@1     41.68
 FR BOUND     f_l0@1  
 LO BOUND     f_l1@1    -97.5
 UP BOUND     f_l1@1    97.5
 LO BOUND     f_l2@1    -67.63
 UP BOUND     f_l2@1    67.63
 LO BOUND     f_l3@1    -76.56
 UP BOUND     f_l3@1    76.56
 LO BOUND     f_l4@1    -118.08
 UP BOUND     f_l4@1    118.08
 LO BOUND     f_l5@1    -102.52
 UP BOUND     f_l5@1    102.52
 UP BOUND     ch_s0@1   30.9
 UP BOUND     dis_s0@1  30.9
 UP BOUND     soc_s0@1  123.6
 UP BOUND     ch_s1@1   53.73
 UP BOUND     dis_s1@1  53.73
 UP BOUND     soc_s1@1  214.94
 UP BOUND     p_g0@2    86.36
 FX BOUND     p_g1@2    6.61
 LO BOUND     p_g2@2    12.75
 UP BOUND     p_g2@2    55.41
 UP BOUND     p_g3@2    81.35
 UP BOUND     p_g4@2    129.83
 UP BOUND     p_g5@2    117.49
 FX BOUND     p_g6@2    2.79
 LO BOUND     p_g7@2    8.77
 UP BOUND     p_g7@2    37.78
 UP BOUND     p_g8@2    104.32
 UP BOUND     p_g9@2    115.99
 MI BOUND     imp@2   
 UP BOUND     imp@2     41.68
 FR BOUND     f_l0@2  
 LO BOUND     f_l1@2    -97.5
 UP BOUND     f_l1@2    97.5
 LO BOUND     f_l2@2    -67.63
 UP BOUND     f_l2@2    67.63
 LO BOUND     f_l3@2    -76.56
 UP BOUND     f_l3@2    76.56
 LO BOUND     f_l4@2    -118.08
 UP BOUND     f_l4@2    118.08
 LO BOUND     f_l5@2    -102.52
 UP BOUND     f_l5@2    102.52
 UP BOUND     ch_s0@2   30.9
 UP BOUND     dis_s0@2  30.9
 UP BOUND     soc_s0@2  123.6
 UP BOUND     ch_s1@2   53.73
 UP BOUND     dis_s1@2  53.73
 UP BOUND     soc_s1@2  214.94
 UP BOUND     p_g0@3    87.93
 FX BOUND     p_g1@3    4.53
 LO BOUND     p_g2@3    12.75
 UP BOUND     p_g2@3    58.76
 UP BOUND     p_g3@3    78.86
 UP BOUND     p_g4@3    141.99
 UP BOUND     p_g5@3    109.43
 FX BOUND     p_g6@3    2.43
 LO BOUND     p_g7@3    8.77
 UP BOUND     p_g7@3    35.17
 UP BOUND     p_g8@3    115.41
 UP BOUND     p_g9@3    115.88
 MI BOUND     imp@3   
 UP BOUND     imp@3     41.68
 FR BOUND     f_l0@3  
 LO BOUND     f_l1@3    -97.5
 UP BOUND     f_l1@3    97.5
 LO BOUND     f_l2@3    -67.63
 UP BOUND     f_l2@3    67.63
 LO BOUND     f_l3@3    -76.56
 UP BOUND     f_l3@3    76.56
 LO BOUND     f_l4@3    -118.08
 UP BOUND     f_l4@3    118.08
 LO BOUND     f_l5@3    -102.52
 UP BOUND     f_l5@3    102.52
 UP BOUND     ch_s0@3   30.9
 UP BOUND     dis_s0@3  30.9
 UP BOUND     soc_s0@3  123.6
 UP BOUND     ch_s1@3   53.73
 UP BOUND     dis_s1@3  53.73
 UP BOUND     soc_s1@3  214.94
 UP BOUND     p_g0@4    92.75
 FX BOUND     p_g1@4    5.13
 LO BOUND     p_g2@4    12.75
 UP BOUND     p_g2@4    56.4
 UP BOUND     p_g3@4    88.86
 UP BOUND     p_g4@4    123.79
 UP BOUND     p_g5@4    103.62
 FX BOUND     p_g6@4    2.44
 LO BOUND     p_g7@4    8.77
 UP BOUND     p_g7@4    36.41
 UP BOUND     p_g8@4    117.03
 UP BOUND     p_g9@4    117.85
 MI BOUND     imp@4   
 UP BOUND     imp@4     41.68
 FR BOUND     f_l0@4  
 LO BOUND     f_l1@4    -97.5
 UP BOUND     f_l1@4    97.5
 LO BOUND     f_l2@4    -67.63
 UP BOUND     f_l2@4    67.63
 LO BOUND     f_l3@4    -76.56
 UP BOUND     f_l3@4    76.56
 LO BOUND     f_l4@4    -118.08
 UP BOUND     f_l4@4    118.08
 LO BOUND     f_l5@4    -102.52
 UP BOUND     f_l5@4    102.52
 UP BOUND     ch_s0@4   30.9
 UP BOUND     dis_s0@4  30.9
 UP BOUND     soc_s0@4  123.6
 UP BOUND     ch_s1@4   53.73
 UP BOUND     dis_s1@4  53.73
 UP BOUND     soc_s1@4  214.94
 UP BOUND     p_g0@5    82.14
 FX BOUND     p_g1@5    7.42
 LO BOUND     p_g2@5    12.75
 UP BOUND     p_g2@5    51.67
 UP BOUND     p_g3@5    77.94
 UP BOUND     p_g4@5    138.93
 UP BOUND     p_g5@5    104.11
 FX BOUND     p_g6@5    2.73
 LO BOUND     p_g7@5    8.77
 UP BOUND     p_g7@5    35.91
 UP BOUND     p_g8@5    112.76
 UP BOUND     p_g9@5    111.68
 MI BOUND     imp@5   
 UP BOUND     imp@5     41.68
 FR BOUND     f_l0@5  
 LO BOUND     f_l1@5    -97.5
 UP BOUND     f_l1@5    97.5
 LO BOUND     f_l2@5    -67.63
 UP BOUND     f_l2@5    67.63
 LO BOUND     f_l3@5    -76.56
 UP BOUND     f_l3@5    76.56
 LO BOUND     f_l4@5    -118.08
 UP BOUND     f_l4@5    118.08
 LO BOUND     f_l5@5    -102.52
 UP BOUND     f_l5@5    102.52
 UP BOUND     ch_s0@5   30.9
 UP BOUND     dis_s0@5  30.9
 UP BOUND     soc_s0@5  123.6
 UP BOUND     ch_s1@5   53.73
 UP BOUND     dis_s1@5  53.73
 UP BOUND     soc_s1@5  214.94
 UP BOUND     p_g0@6    86.84
 FX BOUND     p_g1@6    5.71
 LO BOUND     p_g2@6    12.75
 UP BOUND     p_g2@6    52.13
 UP BOUND     p_g3@6    86.18
 UP BOUND     p_g4@6    126.92
 UP BOUND     p_g5@6    109.29
 FX BOUND     p_g6@6    3.32
 LO BOUND     p_g7@6    8.77
 UP BOUND     p_g7@6    37.22
 UP BOUND     p_g8@6    102.33
 UP BOUND     p_g9@6    107.6
 MI BOUND     imp@6   
 UP BOUND     imp@6     41.68
 FR BOUND     f_l0@6  
 LO BOUND     f_l1@6    -97.5
 UP BOUND     f_l1@6    97.5
 LO BOUND     f_l2@6    -67.63
 UP BOUND     f_l2@6    67.63
 LO BOUND     f_l3@6    -76.56
 UP BOUND     f_l3@6    76.56
 LO BOUND     f_l4@6    -118.08
 UP BOUND     f_l4@6    118.08
 LO BOUND     f_l5@6    -102.52
 UP BOUND     f_l5@6    102.52
 UP BOUND     ch_s0@6   30.9
 UP BOUND     dis_s0@6  30.9
 UP BOUND     soc_s0@6  123.6
 UP BOUND     ch_s1@6   53.73
 UP BOUND     dis_s1@6  53.73
 UP BOUND     soc_s1@6  214.94
 UP BOUND     p_g0@7    90.54
 FX BOUND     p_g1@7    8.1
 LO BOUND     p_g2@7    12.75
 UP BOUND     p_g2@7    53.32
 UP BOUND     p_g3@7    79.32
 UP BOUND     p_g4@7    140.58
 UP BOUND     p_g5@7    111.35
 FX BOUND     p_g6@7    3.88
 LO BOUND     p_g7@7    8.77
 UP BOUND     p_g7@7    39.79
 UP BOUND     p_g8@7    111.71
 UP BOUND     p_g9@7    123.22
 MI BOUND     imp@7   
 UP BOUND     imp@7     41.68
 FR BOUND     f_l0@7  
 LO BOUND     f_l1@7    -97.5
 UP BOUND     f_l1@7    97.5
 LO BOUND     f_l2@7    -67.63
 UP BOUND     f_l2@7    67.63
 LO BOUND     f_l3@7    -76.56
 UP BOUND     f_l3@7    76.56
 LO BOUND     f_l4@7    -118.08
 UP BOUND     f_l4@7    118.08
 LO BOUND     f_l5@7    -102.52
 UP BOUND     f_l5@7    102.52
 UP BOUND     ch_s0@7   30.9
 UP BOUND     dis_s0@7  30.9
 UP BOUND     soc_s0@7  123.6
 UP BOUND     ch_s1@7   53.73
 UP BOUND     dis_s1@7  53.73
 UP BOUND     soc_s1@7  214.94
 UP BOUND     p_g0@8    85.38
 FX BOUND     p_g1@8    6.77
 LO BOUND     p_g2@8    12.75
 UP BOUND     p_g2@8    51.86
 UP BOUND     p_g3@8    79.04
 UP BOUND     p_g4@8    128.88
 UP BOUND     p_g5@8    102.31
 FX BOUND     p_g6@8    2.82
 LO BOUND     p_g7@8    8.77
 UP BOUND     p_g7@8    38.64
 UP BOUND     p_g8@8    114.43
 UP BOUND     p_g9@8    122.39
 MI BOUND     imp@8   
 UP BOUND     imp@8     41.68
 FR BOUND     f_l0@8  
 LO BOUND     f_l1@8    -97.5
 UP BOUND     f_l1@8    97.5
 LO BOUND     f_l2@8    -67.63
 UP BOUND     f_l2@8    67.63
 LO BOUND     f_l3@8    -76.56
 UP BOUND     f_l3@8    76.56
 LO BOUND     f_l4@8    -118.08
 UP BOUND     f_l4@8    118.08
 LO BOUND     f_l5@8    -102.52
 UP BOUND     f_l5@8    102.52
 UP BOUND     ch_s0@8   30.9
 UP BOUND     dis_s0@8  30.9
 UP BOUND     soc_s0@8  123.6
 UP BOUND     ch_s1@8   53.73
 UP BOUND     dis_s1@8  53.73
 UP BOUND     soc_s1@8  214.94
 UP BOUND     p_g0@9    90.93
 FX BOUND     p_g1@9    5.78
 LO BOUND     p_g2@9    12.75
 UP BOUND     p_g2@9    56.89
 UP BOUND     p_g3@9    83.6
 UP BOUND     p_g4@9    130.76
 UP BOUND     p_g5@9    111.93
 FX BOUND     p_g6@9    2.32
 LO BOUND     p_g7@9    8.77
 UP BOUND     p_g7@9    35.37
 UP BOUND     p_g8@9    110.51
 UP BOUND     p_g9@9    110.55
 MI BOUND     imp@9   
 UP BOUND     imp@9     41.68
 FR BOUND     f_l0@9  
 LO BOUND     f_l1@9    -97.5
 UP BOUND     f_l1@9    97.5
 LO BOUND     f_l2@9    -67.63
 UP BOUND     f_l2@9    67.63
 LO BOUND     f_l3@9    -76.56
 UP BOUND     f_l3@9    76.56
 LO BOUND     f_l4@9    -118.08
 UP BOUND     f_l4@9    118.08
 LO BOUND     f_l5@9    -102.52
 UP BOUND     f_l5@9    102.52
 UP BOUND     ch_s0@9   30.9
 UP BOUND     dis_s0@9  30.9
 UP BOUND     soc_s0@9  123.6
 UP BOUND     ch_s1@9   53.73
 UP BOUND     dis_s1@9  53.73
 UP BOUND     soc_s1@9  214.94
 UP BOUND     p_g0@10   91.03
 FX BOUND     p_g1@10   5.32
 LO BOUND     p_g2@10   12.75
 UP BOUND     p_g2@10   52.33
 UP BOUND     p_g3@10   88.65
 UP BOUND     p_g4@10   133.72
 UP BOUND     p_g5@10   107.08
 FX BOUND     p_g6@10   2.42
 LO BOUND     p_g7@10   8.77
 UP BOUND     p_g7@10   36.33
 UP BOUND     p_g8@10   107.08
 UP BOUND     p_g9@10   122.34
 MI BOUND     imp@10  
 UP BOUND     imp@10    41.68
 FR BOUND     f_l0@10 
 LO BOUND     f_l1@10   -97.5
 UP BOUND     f_l1@10   97.5
 LO BOUND     f_l2@10   -67.63
 UP BOUND     f_l2@10   67.63
 LO BOUND     f_l3@10   -76.56
 UP BOUND     f_l3@10   76.56
 LO BOUND     f_l4@10   -118.08
 UP BOUND     f_l4@10   118.08
 LO BOUND     f_l5@10   -102.52
 UP BOUND     f_l5@10   102.52
 UP BOUND     ch_s0@10  30.9
 UP BOUND     dis_s0@10  30.9
 UP BOUND     soc_s0@10  123.6
 UP BOUND     ch_s1@10  53.73
 UP BOUND     dis_s1@10  53.73
 UP BOUND     soc_s1@10  214.94
 UP BOUND     p_g0@11   92.6
 FX BOUND     p_g1@11   6.5
 LO BOUND     p_g2@11   12.75
 UP BOUND     p_g2@11   56.5
 UP BOUND     p_g3@11   83.29
 UP BOUND     p_g4@11   131.65
 UP BOUND     p_g5@11   113.78
 FX BOUND     p_g6@11   3.67
 LO BOUND     p_g7@11   8.77
 UP BOUND     p_g7@11   35.07
 UP BOUND     p_g8@11   100.48
 UP BOUND     p_g9@11   105.97
 MI BOUND     imp@11  
 UP BOUND     imp@11    41.68
 FR BOUND     f_l0@11 
 LO BOUND     f_l1@11   -97.5
 UP BOUND     f_l1@11   97.5
 LO BOUND     f_l2@11   -67.63
 UP BOUND     f_l2@11   67.63
 LO BOUND     f_l3@11   -76.56
 UP BOUND     f_l3@11   76.56
 LO BOUND     f_l4@11   -118.08
 UP BOUND     f_l4@11   118.08
 LO BOUND     f_l5@11   -102.52
 UP BOUND     f_l5@11   102.52
 UP BOUND     ch_s0@11  30.9
 UP BOUND     dis_s0@11  30.9
 UP BOUND     soc_s0@11  123.6
 UP BOUND     ch_s1@11  53.73
 UP BOUND     dis_s1@11  53.73
 UP BOUND     soc_s1@11  214.94
 UP BOUND     p_g0@12   91.99
 FX BOUND     p_g1@12   4.63
 LO BOUND     p_g2@12   12.75
 UP BOUND     p_g2@12   58.34
 UP BOUND     p_g3@12   87.98
 UP BOUND     p_g4@12   125.61
 UP BOUND     p_g5@12   117.28
 FX BOUND     p_g6@12   2.37
 LO BOUND     p_g7@12   8.77
 UP BOUND     p_g7@12   38.15
 UP BOUND     p_g8@12   100.04
 UP BOUND     p_g9@12   121.21
 MI BOUND     imp@12  
 UP BOUND     imp@12    41.68
 FR BOUND     f_l0@12 
 LO BOUND     f_l1@12   -97.5
 UP BOUND     f_l1@12   97.5
 LO BOUND     f_l2@12   -67.63
 UP BOUND     f_l2@12   67.63
 LO BOUND     f_l3@12   -76.56
 UP BOUND     f_l3@12   76.56
 LO BOUND     f_l4@12   -118.08
 UP BOUND     f_l4@12   118.08
 LO BOUND     f_l5@12   -102.52
 UP BOUND     f_l5@12   102.52
 UP BOUND     ch_s0@12  30.9
 UP BOUND     dis_s0@12  30.9
 UP BOUND     soc_s0@12  123.6
 UP BOUND     ch_s1@12  53.73
 UP BOUND     dis_s1@12  53.73
 UP BOUND     soc_s1@12  214.94
 UP BOUND     p_g0@13   90.85
 FX BOUND     p_g1@13   4.81
 LO BOUND     p_g2@13   12.75
 UP BOUND     p_g2@13   51.31
 UP BOUND     p_g3@13   82.44
 UP BOUND     p_g4@13   135.58
 UP BOUND     p_g5@13   101.54
 FX BOUND     p_g6@13   2.03
 LO BOUND     p_g7@13   8.77
 UP BOUND     p_g7@13   40.07
 UP BOUND     p_g8@13   107.45
 UP BOUND     p_g9@13   120.2
 MI BOUND     imp@13  
 UP BOUND     imp@13    41.68
 FR BOUND     f_l0@13 
 LO BOUND     f_l1@13   -97.5
 UP BOUND     f_l1@13   97.5
 LO BOUND     f_l2@13   -67.63
 UP BOUND     f_l2@13   67.63
 LO BOUND     f_l3@13   -76.56
 UP BOUND     f_l3@13   76.56
 LO BOUND     f_l4@13   -118.08
 UP BOUND     f_l4@13   118.08
 LO BOUND     f_l5@13   -102.52
 UP BOUND     f_l5@13   102.52
 UP BOUND     ch_s0@13  30.9
 UP BOUND     dis_s0@13  30.9
 UP BOUND     soc_s0@13  123.6
 UP BOUND     ch_s1@13  53.73
 UP BOUND     dis_s1@13  53.73
 UP BOUND     soc_s1@13  214.94
 UP BOUND     p_g0@14   85.57
 FX BOUND     p_g1@14   6.27
 LO BOUND     p_g2@14   12.75
 UP BOUND     p_g2@14   56.4
 UP BOUND     p_g3@14   88.15
 UP BOUND     p_g4@14   134.51
 UP BOUND     p_g5@14   108.2
 FX BOUND     p_g6@14   2.67
 LO BOUND     p_g7@14   8.77
 UP BOUND     p_g7@14   39.91
 UP BOUND     p_g8@14   102.57
 UP BOUND     p_g9@14   117.65
 MI BOUND     imp@14  
 UP BOUND     imp@14    41.68
 FR BOUND     f_l0@14 
 LO BOUND     f_l1@14   -97.5
 UP BOUND     f_l1@14   97.5
 LO BOUND     f_l2@14   -67.63
 UP BOUND     f_l2@14   67.63
 LO BOUND     f_l3@14   -76.56
 UP BOUND     f_l3@14   76.56
 LO BOUND     f_l4@14   -118.08
 UP BOUND     f_l4@14   118.08
 LO BOUND     f_l5@14   -102.52
 UP BOUND     f_l5@14   102.52
 UP BOUND     ch_s0@14  30.9
 UP BOUND     dis_s0@14  30.9
 UP BOUND     soc_s0@14  123.6
 UP BOUND     ch_s1@14  53.73
 UP BOUND     dis_s1@14  53.73
 UP BOUND     soc_s1@14  214.94
 UP BOUND     p_g0@15   87.77
 FX BOUND     p_g1@15   5.75
 LO BOUND     p_g2@15   12.75
 UP BOUND     p_g2@15   54.96
 UP BOUND     p_g3@15   81.89
 UP BOUND     p_g4@15   121.82
 UP BOUND     p_g5@15   118.35
 FX BOUND     p_g6@15   3.22
 LO BOUND     p_g7@15   8.77
 UP BOUND     p_g7@15   39.02
 UP BOUND     p_g8@15   101.66
 UP BOUND     p_g9@15   116.23
 MI BOUND     imp@15  
 UP BOUND     imp@15    41.68
 FR BOUND     f_l0@15 
 LO BOUND     f_l1@15   -97.5
 UP BOUND     f_l1@15   97.5
 LO BOUND     f_l2@15   -67.63
 UP BOUND     f_l2@15   67.63
 LO BOUND     f_l3@15   -76.56
 UP BOUND     f_l3@15   76.56
 LO BOUND     f_l4@15   -118.08
 UP BOUND     f_l4@15   118.08
 LO BOUND     f_l5@15   -102.52
 UP BOUND     f_l5@15   102.52
 UP BOUND     ch_s0@15  30.9
 UP BOUND     dis_s0@15  30.9
 UP BOUND     soc_s0@15  123.6
 UP BOUND     ch_s1@15  53.73
 UP BOUND     dis_s1@15  53.73
 UP BOUND     soc_s1@15  214.94
 UP BOUND     p_g0@16   84.23
 FX BOUND     p_g1@16   4.97
 LO BOUND     p_g2@16   12.75
 UP BOUND     p_g2@16   59.26
 UP BOUND     p_g3@16   87.54
 UP BOUND     p_g4@16   139.11
 UP BOUND     p_g5@16   113.03
 FX BOUND     p_g6@16   2.42
 LO BOUND     p_g7@16   8.77
 UP BOUND     p_g7@16   38.49
 UP BOUND     p_g8@16   116.3
 UP BOUND     p_g9@16   116.81
 MI BOUND     imp@16  
 UP BOUND     imp@16    41.68
 FR BOUND     f_l0@16 
 LO BOUND     f_l1@16   -97.5
 UP BOUND     f_l1@16   97.5
 LO BOUND     f_l2@16   -67.63
 UP BOUND     f_l2@16   67.63
 LO BOUND     f_l3@16   -76.56
 UP BOUND     f_l3@16   76.56
 LO BOUND     f_l4@16   -118.08
 UP BOUND     f_l4@16   118.08
 LO BOUND     f_l5@16   -102.52
 UP BOUND     f_l5@16   102.52
 UP BOUND     ch_s0@16  30.9
 UP BOUND     dis_s0@16  30.9
 UP BOUND     soc_s0@16  123.6
 UP BOUND     ch_s1@16  53.73
 UP BOUND     dis_s1@16  53.73
 UP BOUND     soc_s1@16  214.94
 UP BOUND     p_g0@17   86.02
 FX BOUND     p_g1@17   5.68
 LO BOUND     p_g2@17   12.75
 UP BOUND     p_g2@17   54.48
 UP BOUND     p_g3@17   91.58
 UP BOUND     p_g4@17   124.4
 UP BOUND     p_g5@17   116.8
 FX BOUND     p_g6@17   3.84
 LO BOUND     p_g7@17   8.77
 UP BOUND     p_g7@17   39.11
 UP BOUND     p_g8@17   115.63
 UP BOUND     p_g9@17   120.31
 MI BOUND     imp@17  
 UP BOUND     imp@17    41.68
 FR BOUND     f_l0@17 
 LO BOUND     f_l1@17   -97.5
 UP BOUND     f_l1@17   97.5
 LO BOUND     f_l2@17   -67.63
 UP BOUND     f_l2@17   67.63
 LO BOUND     f_l3@17   -76.56
 UP BOUND     f_l3@17   76.56
 LO BOUND     f_l4@17   -118.08
 UP BOUND     f_l4@17   118.08
 LO BOUND     f_l5@17   -102.52
 UP BOUND     f_l5@17   102.52
 UP BOUND     ch_s0@17  30.9
 UP BOUND     dis_s0@17  30.9
 UP BOUND     soc_s0@17  123.6
 UP BOUND     ch_s1@17  53.73
 UP BOUND     dis_s1@17  53.73
 UP BOUND     soc_s1@17  214.94
 UP BOUND     p_g0@18   95.74
 FX BOUND     p_g1@18   4.66
 LO BOUND     p_g2@18   12.75
 UP BOUND     p_g2@18   52.84
 UP BOUND     p_g3@18   83.6
 UP BOUND     p_g4@18   128.73
 UP BOUND     p_g5@18   113.64
 FX BOUND     p_g6@18   2.94
 LO BOUND     p_g7@18   8.77
 UP BOUND     p_g7@18   39.95
 UP BOUND     p_g8@18   110.89
 UP BOUND     p_g9@18   122.09
 MI BOUND     imp@18  
 UP BOUND     imp@18    41.68
 FR BOUND     f_l0@18 
 LO BOUND     f_l1@18   -97.5
 UP BOUND     f_l1@18   97.5
 LO BOUND     f_l2@18   -67.63
 UP BOUND     f_l2@18   67.63
 LO BOUND     f_l3@18   -76.56
 UP BOUND     f_l3@18   76.56
 LO BOUND     f_l4@18   -118.08
 UP BOUND     f_l4@18   118.08
 LO BOUND     f_l5@18   -102.52
 UP BOUND     f_l5@18   102.52
 UP BOUND     ch_s0@18  30.9
 UP BOUND     dis_s0@18  30.9
 UP BOUND     soc_s0@18  123.6
 UP BOUND     ch_s1@18  53.73
 UP BOUND     dis_s1@18  53.73
 UP BOUND     soc_s1@18  214.94
 UP BOUND     p_g0@19   82.32
 FX BOUND     p_g1@19   7.19
 LO BOUND     p_g2@19   12.75
 UP BOUND     p_g2@19   56.68
 UP BOUND     p_g3@19   78.83
 UP BOUND     p_g4@19   133.56
 UP BOUND     p_g5@19   118.2
 FX BOUND     p_g6@19   3.15
 LO BOUND     p_g7@19   8.77
 UP BOUND     p_g7@19   35.78
 UP BOUND     p_g8@19   107.12
 UP BOUND     p_g9@19   111.47
 MI BOUND     imp@19  
 UP BOUND     imp@19    41.68
 FR BOUND     f_l0@19 
 LO BOUND     f_l1@19   -97.5
 UP BOUND     f_l1@19   97.5
 LO BOUND     f_l2@19   -67.63
 UP BOUND     f_l2@19   67.63
 LO BOUND     f_l3@19   -76.56
 UP BOUND     f_l3@19   76.56
 LO BOUND     f_l4@19   -118.08
 UP BOUND     f_l4@19   118.08
 LO BOUND     f_l5@19   -102.52
 UP BOUND     f_l5@19   102.52
 UP BOUND     ch_s0@19  30.9
 UP BOUND     dis_s0@19  30.9
 UP BOUND     soc_s0@19  123.6
 UP BOUND     ch_s1@19  53.73
 UP BOUND     dis_s1@19  53.73
 UP BOUND     soc_s1@19  214.94
 UP BOUND     p_g0@20   91.02
 FX BOUND     p_g1@20   6.73
 LO BOUND     p_g2@20   12.75
 UP BOUND     p_g2@20   51
 UP BOUND     p_g3@20   87.36
 UP BOUND     p_g4@20   135.57
 UP BOUND     p_g5@20   110.16
 FX BOUND     p_g6@20   2.28
 LO BOUND     p_g7@20   8.77
 UP BOUND     p_g7@20   39.86
 UP BOUND     p_g8@20   112.56
 UP BOUND     p_g9@20   109.71
 MI BOUND     imp@20  
 UP BOUND     imp@20    41.68
 FR BOUND     f_l0@20 
 LO BOUND     f_l1@20   -97.5
 UP BOUND     f_l1@20   97.5
 LO BOUND     f_l2@20   -67.63
 UP BOUND     f_l2@20   67.63
 LO BOUND     f_l3@20   -76.56
 UP BOUND     f_l3@20   76.56
 LO BOUND     f_l4@20   -118.08
 UP BOUND     f_l4@20   118.08
 LO BOUND     f_l5@20   -102.52
 UP BOUND     f_l5@20   102.52
 UP BOUND     ch_s0@20  30.9
 UP BOUND     dis_s0@20  30.9
 UP BOUND     soc_s0@20  123.6
 UP BOUND     ch_s1@20  53.73
 UP BOUND     dis_s1@20  53.73
 UP BOUND     soc_s1@20  214.94
 UP BOUND     p_g0@21   88.1
 FX BOUND     p_g1@21   7.69
 LO BOUND     p_g2@21   12.75
 UP BOUND     p_g2@21   57.67
 UP BOUND     p_g3@21   90.37
 UP BOUND     p_g4@21   131.44
 UP BOUND     p_g5@21   112.06
 FX BOUND     p_g6@21   2.71
 LO BOUND     p_g7@21   8.77
 UP BOUND     p_g7@21   39.61
 UP BOUND     p_g8@21   108.81
 UP BOUND     p_g9@21   112.26
 MI BOUND     imp@21  
 UP BOUND     imp@21    41.68
 FR BOUND     f_l0@21 
 LO BOUND     f_l1@21   -97.5
 UP BOUND     f_l1@21   97.5
 LO BOUND     f_l2@21   -67.63
 UP BOUND     f_l2@21   67.63
 LO BOUND     f_l3@21   -76.56
 UP BOUND     f_l3@21   76.56
 LO BOUND     f_l4@21   -118.08
 UP BOUND     f_l4@21   118.08
 LO BOUND     f_l5@21   -102.52
 UP BOUND     f_l5@21   102.52
 UP BOUND     ch_s0@21  30.9
 UP BOUND     dis_s0@21  30.9
 UP BOUND     soc_s0@21  123.6
 UP BOUND     ch_s1@21  53.73
 UP BOUND     dis_s1@21  53.73
 UP BOUND     soc_s1@21  214.94
 UP BOUND     p_g0@22   95.53
 FX BOUND     p_g1@22   7.13
 LO BOUND     p_g2@22   12.75
 UP BOUND     p_g2@22   56.41
 UP BOUND     p_g3@22   77.91
 UP BOUND     p_g4@22   138.82
 UP BOUND     p_g5@22   110.77
 FX BOUND     p_g6@22   3.68
 LO BOUND     p_g7@22   8.77
 UP BOUND     p_g7@22   38.54
 UP BOUND     p_g8@22   109.91
 UP BOUND     p_g9@22   110.57
 MI BOUND     imp@22  
 UP BOUND     imp@22    41.68
 FR BOUND     f_l0@22 
 LO BOUND     f_l1@22   -97.5
 UP BOUND     f_l1@22   97.5
 LO BOUND     f_l2@22   -67.63
 UP BOUND     f_l2@22   67.63
 LO BOUND     f_l3@22   -76.56
 UP BOUND     f_l3@22   76.56
 LO BOUND     f_l4@22   -118.08
 UP BOUND     f_l4@22   118.08
 LO BOUND     f_l5@22   -102.52
 UP BOUND     f_l5@22   102.52
 UP BOUND     ch_s0@22  30.9
 UP BOUND     dis_s0@22  30.9
 UP BOUND     soc_s0@22  123.6
 UP BOUND     ch_s1@22  53.73
 UP BOUND     dis_s1@22  53.73
 UP BOUND     soc_s1@22  214.94
 UP BOUND     p_g0@23   87.57
 FX BOUND     p_g1@23   6.07
 LO BOUND     p_g2@23   12.75
 UP BOUND     p_g2@23   52.91
 UP BOUND     p_g3@23   90.81
 UP BOUND     p_g4@23   135.71
 UP BOUND     p_g5@23   108.64
 FX BOUND     p_g6@23   2.45
 LO BOUND     p_g7@23   8.77
 UP BOUND     p_g7@23   39.03
 UP BOUND     p_g8@23   104.88
 UP BOUND     p_g9@23   113.83
 MI BOUND     imp@23  
 UP BOUND     imp@23    41.68
 FR BOUND     f_l0@23 
 LO BOUND     f_l1@23   -97.5
 UP BOUND     f_l1@23   97.5
 LO BOUND     f_l2@23   -67.63
 UP BOUND     f_l2@23   67.63
 LO BOUND     f_l3@23   -76.56
 UP BOUND     f_l3@23   76.56
 LO BOUND     f_l4@23   -118.08
 UP BOUND     f_l4@23   118.08
 LO BOUND     f_l5@23   -102.52
 UP BOUND     f_l5@23   102.52
 UP BOUND     ch_s0@23  30.9
 UP BOUND     dis_s0@23  30.9
 UP BOUND     soc_s0@23  123.6
 UP BOUND     ch_s1@23  53.73
 UP BOUND     dis_s1@23  53.73
 UP BOUND     soc_s1@23  214.94
 UP BOUND     p_g0@24   86.22
 FX BOUND     p_g1@24   7.97
 LO BOUND     p_g2@24   12.75
 UP BOUND     p_g2@24   56.65
 UP BOUND     p_g3@24   80.87
 UP BOUND     p_g4@24   127.15
 UP BOUND     p_g5@24   105.69
 FX BOUND     p_g6@24   2.11
 LO BOUND     p_g7@24   8.77
 UP BOUND     p_g7@24   39.98
 UP BOUND     p_g8@24   105.37
 UP BOUND     p_g9@24   122.63
 MI BOUND     imp@24  
 UP BOUND     imp@24    41.68
 FR BOUND     f_l0@24 
 LO BOUND     f_l1@24   -97.5
 UP BOUND     f_l1@24   97.5
 LO BOUND     f_l2@24   -67.63
 UP BOUND     f_l2@24   67.63
 LO BOUND     f_l3@24   -76.56
 UP BOUND     f_l3@24   76.56
 LO BOUND     f_l4@24   -118.08
 UP BOUND     f_l4@24   118.08
 LO BOUND     f_l5@24   -102.52
 UP BOUND     f_l5@24   102.52
 UP BOUND     ch_s0@24  30.9
 UP BOUND     dis_s0@24  30.9
 UP BOUND     soc_s0@24  123.6
 UP BOUND     ch_s1@24  53.73
 UP BOUND     dis_s1@24  53.73
 UP BOUND     soc_s1@24  214.94
 UP BOUND     p_g0@25   87.38
 FX BOUND     p_g1@25   7.43
 LO BOUND     p_g2@25   12.75
 UP BOUND     p_g2@25   55.12
 UP BOUND     p_g3@25   85.78
 UP BOUND     p_g4@25   141.18
 UP BOUND     p_g5@25   110.23
 FX BOUND     p_g6@25   2.82
 LO BOUND     p_g7@25   8.77
 UP BOUND     p_g7@25   37.58
 UP BOUND     p_g8@25   106.24
 UP BOUND     p_g9@25   121.35
 MI BOUND     imp@25  
 UP BOUND     imp@25    41.68
 FR BOUND     f_l0@25 
 LO BOUND     f_l1@25   -97.5
 UP BOUND     f_l1@25   97.5
 LO BOUND     f_l2@25   -67.63
 UP BOUND     f_l2@25   67.63
 LO BOUND     f_l3@25   -76.56
 UP BOUND     f_l3@25   76.56
 LO BOUND     f_l4@25   -118.08
 UP BOUND     f_l4@25   118.08
 LO BOUND     f_l5@25   -102.52
 UP BOUND     f_l5@25   102.52
 UP BOUND     ch_s0@25  30.9
 UP BOUND     dis_s0@25  30.9
 UP BOUND     soc_s0@25  123.6
 UP BOUND     ch_s1@25  53.73
 UP BOUND     dis_s1@25  53.73
 UP BOUND     soc_s1@25  214.94
 UP BOUND     p_g0@26   91.27
 FX BOUND     p_g1@26   6.25
 LO BOUND     p_g2@26   12.75
 UP BOUND     p_g2@26   58.7
 UP BOUND     p_g3@26   90.65
 UP BOUND     p_g4@26   121.63
 UP BOUND     p_g5@26   104.23
 FX BOUND     p_g6@26   2.3
 LO BOUND     p_g7@26   8.77
 UP BOUND     p_g7@26   35.4
 UP BOUND     p_g8@26   110.33
 UP BOUND     p_g9@26   121.19
 MI BOUND     imp@26  
 UP BOUND     imp@26    41.68
 FR BOUND     f_l0@26 
 LO BOUND     f_l1@26   -97.5
 UP BOUND     f_l1@26   97.5
 LO BOUND     f_l2@26   -67.63
 UP BOUND     f_l2@26   67.63
 LO BOUND     f_l3@26   -76.56
 UP BOUND     f_l3@26   76.56
 LO BOUND     f_l4@26   -118.08
 UP BOUND     f_l4@26   118.08
 LO BOUND     f_l5@26   -102.52
 UP BOUND     f_l5@26   102.52
 UP BOUND     ch_s0@26  30.9
 UP BOUND     dis_s0@26  30.9
 UP BOUND     soc_s0@26  123.6
 UP BOUND     ch_s1@26  53.73
 UP BOUND     dis_s1@26  53.73
 UP BOUND     soc_s1@26  214.94
 UP BOUND     p_g0@27   96.18
 FX BOUND     p_g1@27   6.68
 LO BOUND     p_g2@27   12.75
 UP BOUND     p_g2@27   58.04
 UP BOUND     p_g3@27   80.83
 UP BOUND     p_g4@27   137.61
 UP BOUND     p_g5@27   110.91
 FX BOUND     p_g6@27   3.65
 LO BOUND     p_g7@27   8.77
 UP BOUND     p_g7@27   40.19
 UP BOUND     p_g8@27   116.75
 UP BOUND     p_g9@27   114.41
 MI BOUND     imp@27  
 UP BOUND     imp@27    41.68
 FR BOUND     f_l0@27 
 LO BOUND     f_l1@27   -97.5
 UP BOUND     f_l1@27   97.5
 LO BOUND     f_l2@27   -67.63
 UP BOUND     f_l2@27   67.63
 LO BOUND     f_l3@27   -76.56
 UP BOUND     f_l3@27   76.56
 LO BOUND     f_l4@27   -118.08
 UP BOUND     f_l4@27   118.08
 LO BOUND     f_l5@27   -102.52
 UP BOUND     f_l5@27   102.52
 UP BOUND     ch_s0@27  30.9
 UP BOUND     dis_s0@27  30.9
 UP BOUND     soc_s0@27  123.6
 UP BOUND     ch_s1@27  53.73
 UP BOUND     dis_s1@27  53.73
 UP BOUND     soc_s1@27  214.94
 UP BOUND     p_g0@28   84.05
 FX BOUND     p_g1@28   7.29
 LO BOUND     p_g2@28   12.75
 UP BOUND     p_g2@28   57.36
 UP BOUND     p_g3@28   84.9
 UP BOUND     p_g4@28   137
 UP BOUND     p_g5@28   110.59
 FX BOUND     p_g6@28   2.41
 LO BOUND     p_g7@28   8.77
 UP BOUND     p_g7@28   40.45
 UP BOUND     p_g8@28   107.08
 UP BOUND     p_g9@28   112.99
 MI BOUND     imp@28  
 UP BOUND     imp@28    41.68
 FR BOUND     f_l0@28 
 LO BOUND     f_l1@28   -97.5
 UP BOUND     f_l1@28   97.5
 LO BOUND     f_l2@28   -67.63
 UP BOUND     f_l2@28   67.63
 LO BOUND     f_l3@28   -76.56
 UP BOUND     f_l3@28   76.56
 LO BOUND     f_l4@28   -118.08
 UP BOUND     f_l4@28   118.08
 LO BOUND     f_l5@28   -102.52
 UP BOUND     f_l5@28   102.52
 UP BOUND     ch_s0@28  30.9
 UP BOUND     dis_s0@28  30.9
 UP BOUND     soc_s0@28  123.6
 UP BOUND     ch_s1@28  53.73
 UP BOUND     dis_s1@28  53.73
 UP BOUND     soc_s1@28  214.94
 UP BOUND     p_g0@29   86.17
 FX BOUND     p_g1@29   7.52
 LO BOUND     p_g2@29   12.75
 UP BOUND     p_g2@29   57.71
 UP BOUND     p_g3@29   83.5
 UP BOUND     p_g4@29   136.72
 UP BOUND     p_g5@29   101.51
 FX BOUND     p_g6@29   2.92
 LO BOUND     p_g7@29   8.77
 UP BOUND     p_g7@29   35.36
 UP BOUND     p_g8@29   110.29
 UP BOUND     p_g9@29   122.09
 MI BOUND     imp@29  
 UP BOUND     imp@29    41.68
 FR BOUND     f_l0@29 
 LO BOUND     f_l1@29   -97.5
 UP BOUND     f_l1@29   97.5
 LO BOUND     f_l2@29   -67.63
 UP BOUND     f_l2@29   67.63
 LO BOUND     f_l3@29   -76.56
 UP BOUND     f_l3@29   76.56
 LO BOUND     f_l4@29   -118.08
 UP BOUND     f_l4@29   118.08
 LO BOUND     f_l5@29   -102.52
 UP BOUND     f_l5@29   102.52
 UP BOUND     ch_s0@29  30.9
 UP BOUND     dis_s0@29  30.9
 UP BOUND     soc_s0@29  123.6
 UP BOUND     ch_s1@29  53.73
 UP BOUND     dis_s1@29  53.73
 UP BOUND     soc_s1@29  214.94
 UP BOUND     p_g0@30   92.32
 FX BOUND     p_g1@30   5.03
 LO BOUND     p_g2@30   12.75
 UP BOUND     p_g2@30   57.73
 UP BOUND     p_g3@30   82.57
 UP BOUND     p_g4@30   131.03
 UP BOUND     p_g5@30   113.22
 FX BOUND     p_g6@30   2.02
 LO BOUND     p_g7@30   8.77
 UP BOUND     p_g7@30   36.37
 UP BOUND     p_g8@30   112.25
 UP BOUND     p_g9@30   107.06
 MI BOUND     imp@30  
 UP BOUND     imp@30    41.68
 FR BOUND     f_l0@30 
 LO BOUND     f_l1@30   -97.5
 UP BOUND     f_l1@30   97.5
 LO BOUND     f_l2@30   -67.63
 UP BOUND     f_l2@30   67.63
 LO BOUND     f_l3@30   -76.56
 UP BOUND     f_l3@30   76.56
 LO BOUND     f_l4@30   -118.08
 UP BOUND     f_l4@30   118.08
 LO BOUND     f_l5@30   -102.52
 UP BOUND     f_l5@30   102.52
 UP BOUND     ch_s0@30  30.9
 UP BOUND     dis_s0@30  30.9
 UP BOUND     soc_s0@30  123.6
 UP BOUND     ch_s1@30  53.73
 UP BOUND     dis_s1@30  53.73
 UP BOUND     soc_s1@30  214.94
 UP BOUND     p_g0@31   95.18
 FX BOUND     p_g1@31   6.82
 LO BOUND     p_g2@31   12.75
 UP BOUND     p_g2@31   57.56
 UP BOUND     p_g3@31   84.01
 UP BOUND     p_g4@31   123.86
 UP BOUND     p_g5@31   107.08
 FX BOUND     p_g6@31   2.11
 LO BOUND     p_g7@31   8.77
 UP BOUND     p_g7@31   37.8
 UP BOUND     p_g8@31   107.49
 UP BOUND     p_g9@31   112.41
 MI BOUND     imp@31  
 UP BOUND     imp@31    41.68
 FR BOUND     f_l0@31 
 LO BOUND     f_l1@31   -97.5
 UP BOUND     f_l1@31   97.5
 LO BOUND     f_l2@31   -67.63
 UP BOUND     f_l2@31   67.63
 LO BOUND     f_l3@31   -76.56
 UP BOUND     f_l3@31   76.56
 LO BOUND     f_l4@31   -118.08
 UP BOUND     f_l4@31   118.08
 LO BOUND     f_l5@31   -102.52
 UP BOUND     f_l5@31   102.52
 UP BOUND     ch_s0@31  30.9
 UP BOUND     dis_s0@31  30.9
 UP BOUND     soc_s0@31  123.6
 UP BOUND     ch_s1@31  53.73
 UP BOUND     dis_s1@31  53.73
 UP BOUND     soc_s1@31  214.94
 UP BOUND     p_g0@32   92.74
 FX BOUND     p_g1@32   4.93
 LO BOUND     p_g2@32   12.75
 UP BOUND     p_g2@32   57.31
 UP BOUND     p_g3@32   83.69
 UP BOUND     p_g4@32   139.93
 UP BOUND     p_g5@32   101.63
 FX BOUND     p_g6@32   2.94
 LO BOUND     p_g7@32   8.77
 UP BOUND     p_g7@32   35.46
 UP BOUND     p_g8@32   105.64
 UP BOUND     p_g9@32   123.4
 MI BOUND     imp@32  
 UP BOUND     imp@32    41.68
 FR BOUND     f_l0@32 
 LO BOUND     f_l1@32   -97.5
 UP BOUND     f_l1@32   97.5
 LO BOUND     f_l2@32   -67.63
 UP BOUND     f_l2@32   67.63
 LO BOUND     f_l3@32   -76.56
 UP BOUND     f_l3@32   76.56
 LO BOUND     f_l4@32   -118.08
 UP BOUND     f_l4@32   118.08
 LO BOUND     f_l5@32   -102.52
 UP BOUND     f_l5@32   102.52
 UP BOUND     ch_s0@32  30.9
 UP BOUND     dis_s0@32  30.9
 UP BOUND     soc_s0@32  123.6
 UP BOUND     ch_s1@32  53.73
 UP BOUND     dis_s1@32  53.73
 UP BOUND     soc_s1@32  214.94
 UP BOUND     p_g0@33   90.95
 FX BOUND     p_g1@33   8.29
 LO BOUND     p_g2@33   12.75
 UP BOUND     p_g2@33   55.57
 UP BOUND     p_g3@33   88.67
 UP BOUND     p_g4@33   135.87
 UP BOUND     p_g5@33   110.98
 FX BOUND     p_g6@33   2.19
 LO BOUND     p_g7@33   8.77
 UP BOUND     p_g7@33   36.9
 UP BOUND     p_g8@33   114.76
 UP BOUND     p_g9@33   113.01
 MI BOUND     imp@33  
 UP BOUND     imp@33    41.68
 FR BOUND     f_l0@33 
 LO BOUND     f_l1@33   -97.5
 UP BOUND     f_l1@33   97.5
 LO BOUND     f_l2@33   -67.63
 UP BOUND     f_l2@33   67.63
 LO BOUND     f_l3@33   -76.56
 UP BOUND     f_l3@33   76.56
 LO BOUND     f_l4@33   -118.08
 UP BOUND     f_l4@33   118.08
 LO BOUND     f_l5@33   -102.52
 UP BOUND     f_l5@33   102.52
 UP BOUND     ch_s0@33  30.9
 UP BOUND     dis_s0@33  30.9
 UP BOUND     soc_s0@33  123.6
 UP BOUND     ch_s1@33  53.73
 UP BOUND     dis_s1@33  53.73
 UP BOUND     soc_s1@33  214.94
 UP BOUND     p_g0@34   83.54
 FX BOUND     p_g1@34   8.09
 LO BOUND     p_g2@34   12.75
 UP BOUND     p_g2@34   56.29
 UP BOUND     p_g3@34   86.64
 UP BOUND     p_g4@34   135.26
 UP BOUND     p_g5@34   110.73
 FX BOUND     p_g6@34   2.53
 LO BOUND     p_g7@34   8.77
 UP BOUND     p_g7@34   40.25
 UP BOUND     p_g8@34   115.42
 UP BOUND     p_g9@34   119.89
 MI BOUND     imp@34  
 UP BOUND     imp@34    41.68
 FR BOUND     f_l0@34 
 LO BOUND     f_l1@34   -97.5
 UP BOUND     f_l1@34   97.5
 LO BOUND     f_l2@34   -67.63
 UP BOUND     f_l2@34   67.63
 LO BOUND     f_l3@34   -76.56
 UP BOUND     f_l3@34   76.56
 LO BOUND     f_l4@34   -118.08
 UP BOUND     f_l4@34   118.08
 LO BOUND     f_l5@34   -102.52
 UP BOUND     f_l5@34   102.52
 UP BOUND     ch_s0@34  30.9
 UP BOUND     dis_s0@34  30.9
 UP BOUND     soc_s0@34  123.6
 UP BOUND     ch_s1@34  53.73
 UP BOUND     dis_s1@34  53.73
 UP BOUND     soc_s1@34  214.94
 UP BOUND     p_g0@35   82.09
 FX BOUND     p_g1@35   7.23
 LO BOUND     p_g2@35   12.75
 UP BOUND     p_g2@35   58.08
 UP BOUND     p_g3@35   90.25
 UP BOUND     p_g4@35   131.17
 UP BOUND     p_g5@35   116.76
 FX BOUND     p_g6@35   3.41
 LO BOUND     p_g7@35   8.77
 UP BOUND     p_g7@35   39.87
 UP BOUND     p_g8@35   111.85
 UP BOUND     p_g9@35   113.28
 MI BOUND     imp@35  
 UP BOUND     imp@35    41.68
 FR BOUND     f_l0@35 
 LO BOUND     f_l1@35   -97.5
 UP BOUND     f_l1@35   97.5
 LO BOUND     f_l2@35   -67.63
 UP BOUND     f_l2@35   67.63
 LO BOUND     f_l3@35   -76.56
 UP BOUND     f_l3@35   76.56
 LO BOUND     f_l4@35   -118.08
 UP BOUND     f_l4@35   118.08
 LO BOUND     f_l5@35   -102.52
 UP BOUND     f_l5@35   102.52
 UP BOUND     ch_s0@35  30.9
 UP BOUND     dis_s0@35  30.9
 UP BOUND     soc_s0@35  123.6
 UP BOUND     ch_s1@35  53.73
 UP BOUND     dis_s1@35  53.73
 UP BOUND     soc_s1@35  214.94
 UP BOUND     p_g0@36   92.98
 FX BOUND     p_g1@36   4.35
 LO BOUND     p_g2@36   12.75
 UP BOUND     p_g2@36   52.57
 UP BOUND     p_g3@36   82.17
 UP BOUND     p_g4@36   129.74
 UP BOUND     p_g5@36   108.87
 FX BOUND     p_g6@36   2.4
 LO BOUND     p_g7@36   8.77
 UP BOUND     p_g7@36   37.09
 UP BOUND     p_g8@36   109.6
 UP BOUND     p_g9@36   108.91
 MI BOUND     imp@36  
 UP BOUND     imp@36    41.68
 FR BOUND     f_l0@36 
 LO BOUND     f_l1@36   -97.5
 UP BOUND     f_l1@36   97.5
 LO BOUND     f_l2@36   -67.63
 UP BOUND     f_l2@36   67.63
 LO BOUND     f_l3@36   -76.56
 UP BOUND     f_l3@36   76.56
 LO BOUND     f_l4@36   -118.08
 UP BOUND     f_l4@36   118.08
 LO BOUND     f_l5@36   -102.52
 UP BOUND     f_l5@36   102.52
 UP BOUND     ch_s0@36  30.9
 UP BOUND     dis_s0@36  30.9
 UP BOUND     soc_s0@36  123.6
 UP BOUND     ch_s1@36  53.73
 UP BOUND     dis_s1@36  53.73
 UP BOUND     soc_s1@36  214.94
 UP BOUND     p_g0@37   89.05
 FX BOUND     p_g1@37   7.66
 LO BOUND     p_g2@37   12.75
 UP BOUND     p_g2@37   58.91
 UP BOUND     p_g3@37   84.93
 UP BOUND     p_g4@37   135.38
 UP BOUND     p_g5@37   102.7
 FX BOUND     p_g6@37   3.71
 LO BOUND     p_g7@37   8.77
 UP BOUND     p_g7@37   38.96
 UP BOUND     p_g8@37   115.86
 UP BOUND     p_g9@37   122.49
 MI BOUND     imp@37  
 UP BOUND     imp@37    41.68
 FR BOUND     f_l0@37 
 LO BOUND     f_l1@37   -97.5
 UP BOUND     f_l1@37   97.5
 LO BOUND     f_l2@37   -67.63
 UP BOUND     f_l2@37   67.63
 LO BOUND     f_l3@37   -76.56
 UP BOUND     f_l3@37   76.56
 LO BOUND     f_l4@37   -118.08
 UP BOUND     f_l4@37   118.08
 LO BOUND     f_l5@37   -102.52
 UP BOUND     f_l5@37   102.52
 UP BOUND     ch_s0@37  30.9
 UP BOUND     dis_s0@37  30.9
 UP BOUND     soc_s0@37  123.6
 UP BOUND     ch_s1@37  53.73
 UP BOUND     dis_s1@37  53.73
 UP BOUND     soc_s1@37  214.94
 UP BOUND     p_g0@38   84.49
 FX BOUND     p_g1@38   4.97
 LO BOUND     p_g2@38   12.75
 UP BOUND     p_g2@38   58.86
 UP BOUND     p_g3@38   85.59
 UP BOUND     p_g4@38   121.93
 UP BOUND     p_g5@38   107.75
 FX BOUND     p_g6@38   3.54
 LO BOUND     p_g7@38   8.77
 UP BOUND     p_g7@38   39.72
 UP BOUND     p_g8@38   109.67
 UP BOUND     p_g9@38   118.21
 MI BOUND     imp@38  
 UP BOUND     imp@38    41.68
 FR BOUND     f_l0@38 
 LO BOUND     f_l1@38   -97.5
 UP BOUND     f_l1@38   97.5
 LO BOUND     f_l2@38   -67.63
 UP BOUND     f_l2@38   67.63
 LO BOUND     f_l3@38   -76.56
 UP BOUND     f_l3@38   76.56
 LO BOUND     f_l4@38   -118.08
 UP BOUND     f_l4@38   118.08
 LO BOUND     f_l5@38   -102.52
 UP BOUND     f_l5@38   102.52
 UP BOUND     ch_s0@38  30.9
 UP BOUND     dis_s0@38  30.9
 UP BOUND     soc_s0@38  123.6
 UP BOUND     ch_s1@38  53.73
 UP BOUND     dis_s1@38  53.73
 UP BOUND     soc_s1@38  214.94
 UP BOUND     p_g0@39   95.57
 FX BOUND     p_g1@39   6.14
 LO BOUND     p_g2@39   12.75
 UP BOUND     p_g2@39   56.06
 UP BOUND     p_g3@39   83.58
 UP BOUND     p_g4@39   125.01
 UP BOUND     p_g5@39   113.18
 FX BOUND     p_g6@39   3.83
 LO BOUND     p_g7@39   8.77
 UP BOUND     p_g7@39   40.12
 UP BOUND     p_g8@39   113.98
 UP BOUND     p_g9@39   121.02
 MI BOUND     imp@39  
 UP BOUND     imp@39    41.68
 FR BOUND     f_l0@39 
 LO BOUND     f_l1@39   -97.5
 UP BOUND     f_l1@39   97.5
 LO BOUND     f_l2@39   -67.63
 UP BOUND     f_l2@39   67.63
 LO BOUND     f_l3@39   -76.56
 UP BOUND     f_l3@39   76.56
 LO BOUND     f_l4@39   -118.08
 UP BOUND     f_l4@39   118.08
 LO BOUND     f_l5@39   -102.52
 UP BOUND     f_l5@39   102.52
 UP BOUND     ch_s0@39  30.9
 UP BOUND     dis_s0@39  30.9
 UP BOUND     soc_s0@39  123.6
 UP BOUND     ch_s1@39  53.73
 UP BOUND     dis_s1@39  53.73
 UP BOUND     soc_s1@39  214.94
 UP BOUND     p_g0@40   85.61
 FX BOUND     p_g1@40   6
 LO BOUND     p_g2@40   12.75
 UP BOUND     p_g2@40   51.65
 UP BOUND     p_g3@40   89.11
 UP BOUND     p_g4@40   135.04
 UP BOUND     p_g5@40   113.95
 FX BOUND     p_g6@40   2.54
 LO BOUND     p_g7@40   8.77
 UP BOUND     p_g7@40   38.77
 UP BOUND     p_g8@40   107.84
 UP BOUND     p_g9@40   111.47
 MI BOUND     imp@40  
 UP BOUND     imp@40    41.68
 FR BOUND     f_l0@40 
 LO BOUND     f_l1@40   -97.5
 UP BOUND     f_l1@40   97.5
 LO BOUND     f_l2@40   -67.63
 UP BOUND     f_l2@40   67.63
 LO BOUND     f_l3@40   -76.56
 UP BOUND     f_l3@40   76.56
 LO BOUND     f_l4@40   -118.08
 UP BOUND     f_l4@40   118.08
 LO BOUND     f_l5@40   -102.52
 UP BOUND     f_l5@40   102.52
 UP BOUND     ch_s0@40  30.9
 UP BOUND     dis_s0@40  30.9
 UP BOUND     soc_s0@40  123.6
 UP BOUND     ch_s1@40  53.73
 UP BOUND     dis_s1@40  53.73
 UP BOUND     soc_s1@40  214.94
 UP BOUND     p_g0@41   95.43
 FX BOUND     p_g1@41   4.46
 LO BOUND     p_g2@41   12.75
 UP BOUND     p_g2@41   53.87
 UP BOUND     p_g3@41   88.06
 UP BOUND     p_g4@41   135
 UP BOUND     p_g5@41   103.02
 FX BOUND     p_g6@41   2.65
 LO BOUND     p_g7@41   8.77
 UP BOUND     p_g7@41   40.33
 UP BOUND     p_g8@41   101.38
 UP BOUND     p_g9@41   123.56
 MI BOUND     imp@41  
 UP BOUND     imp@41    41.68
 FR BOUND     f_l0@41 
 LO BOUND     f_l1@41   -97.5
 UP BOUND     f_l1@41   97.5
 LO BOUND     f_l2@41   -67.63
 UP BOUND     f_l2@41   67.63
 LO BOUND     f_l3@41   -76.56
 UP BOUND     f_l3@41   76.56
 LO BOUND     f_l4@41   -118.08
 UP BOUND     f_l4@41   118.08
 LO BOUND     f_l5@41   -102.52
 UP BOUND     f_l5@41   102.52
 UP BOUND     ch_s0@41  30.9
 UP BOUND     dis_s0@41  30.9
 UP BOUND     soc_s0@41  123.6
 UP BOUND     ch_s1@41  53.73
 UP BOUND     dis_s1@41  53.73
 UP BOUND     soc_s1@41  214.94
 UP BOUND     p_g0@42   90.58
 FX BOUND     p_g1@42   6.8
 LO BOUND     p_g2@42   12.75
 UP BOUND     p_g2@42   54.98
 UP BOUND     p_g3@42   78.49
 UP BOUND     p_g4@42   136.5
 UP BOUND     p_g5@42   116.75
 FX BOUND     p_g6@42   3.1
 LO BOUND     p_g7@42   8.77
 UP BOUND     p_g7@42   36.68
 UP BOUND     p_g8@42   109.79
 UP BOUND     p_g9@42   114.34
 MI BOUND     imp@42  
 UP BOUND     imp@42    41.68
 FR BOUND     f_l0@42 
 LO BOUND     f_l1@42   -97.5
 UP BOUND     f_l1@42   97.5
 LO BOUND     f_l2@42   -67.63
 UP BOUND     f_l2@42   67.63
 LO BOUND     f_l3@42   -76.56
 UP BOUND     f_l3@42   76.56
 LO BOUND     f_l4@42   -118.08
 UP BOUND     f_l4@42   118.08
 LO BOUND     f_l5@42   -102.52
 UP BOUND     f_l5@42   102.52
 UP BOUND     ch_s0@42  30.9
 UP BOUND     dis_s0@42  30.9
 UP BOUND     soc_s0@42  123.6
 UP BOUND     ch_s1@42  53.73
 UP BOUND     dis_s1@42  53.73
 UP BOUND     soc_s1@42  214.94
 UP BOUND     p_g0@43   88.53
 FX BOUND     p_g1@43   7.73
 LO BOUND     p_g2@43   12.75
 UP BOUND     p_g2@43   55.94
 UP BOUND     p_g3@43   86.65
 UP BOUND     p_g4@43   137.58
 UP BOUND     p_g5@43   117.49
 FX BOUND     p_g6@43   2.15
 LO BOUND     p_g7@43   8.77
 UP BOUND     p_g7@43   36.18
 UP BOUND     p_g8@43   114.17
 UP BOUND     p_g9@43   106.24
 MI BOUND     imp@43  
 UP BOUND     imp@43    41.68
 FR BOUND     f_l0@43 
 LO BOUND     f_l1@43   -97.5
 UP BOUND     f_l1@43   97.5
 LO BOUND     f_l2@43   -67.63
 UP BOUND     f_l2@43   67.63
 LO BOUND     f_l3@43   -76.56
 UP BOUND     f_l3@43   76.56
 LO BOUND     f_l4@43   -118.08
 UP BOUND     f_l4@43   118.08
 LO BOUND     f_l5@43   -102.52
 UP BOUND     f_l5@43   102.52
 UP BOUND     ch_s0@43  30.9
 UP BOUND     dis_s0@43  30.9
 UP BOUND     soc_s0@43  123.6
 UP BOUND     ch_s1@43  53.73
 UP BOUND     dis_s1@43  53.73
 UP BOUND     soc_s1@43  214.94
 UP BOUND     p_g0@44   90.5
 FX BOUND     p_g1@44   4.87
 LO BOUND     p_g2@44   12.75
 UP BOUND     p_g2@44   57.31
 UP BOUND     p_g3@44   79.78
 UP BOUND     p_g4@44   132.98
 UP BOUND     p_g5@44   115.15
 FX BOUND     p_g6@44   3.49
 LO BOUND     p_g7@44   8.77
 UP BOUND     p_g7@44   37.39
 UP BOUND     p_g8@44   112.13
 UP BOUND     p_g9@44   115.1
 MI BOUND     imp@44  
 UP BOUND     imp@44    41.68
 FR BOUND     f_l0@44 
 LO BOUND     f_l1@44   -97.5
 UP BOUND     f_l1@44   97.5
 LO BOUND     f_l2@44   -67.63
 UP BOUND     f_l2@44   67.63
 LO BOUND     f_l3@44   -76.56
 UP BOUND     f_l3@44   76.56
 LO BOUND     f_l4@44   -118.08
 UP BOUND     f_l4@44   118.08
 LO BOUND     f_l5@44   -102.52
 UP BOUND     f_l5@44   102.52
 UP BOUND     ch_s0@44  30.9
 UP BOUND     dis_s0@44  30.9
 UP BOUND     soc_s0@44  123.6
 UP BOUND     ch_s1@44  53.73
 UP BOUND     dis_s1@44  53.73
 UP BOUND     soc_s1@44  214.94
 UP BOUND     p_g0@45   95.41
 FX BOUND     p_g1@45   8.34
 LO BOUND     p_g2@45   12.75
 UP BOUND     p_g2@45   58.71
 UP BOUND     p_g3@45   79.74
 UP BOUND     p_g4@45   121.44
 UP BOUND     p_g5@45   104.5
 FX BOUND     p_g6@45   3.49
 LO BOUND     p_g7@45   8.77
 UP BOUND     p_g7@45   37.23
 UP BOUND     p_g8@45   113.88
 UP BOUND     p_g9@45   117.62
 MI BOUND     imp@45  
 UP BOUND     imp@45    41.68
 FR BOUND     f_l0@45 
 LO BOUND     f_l1@45   -97.5
 UP BOUND     f_l1@45   97.5
 LO BOUND     f_l2@45   -67.63
 UP BOUND     f_l2@45   67.63
 LO BOUND     f_l3@45   -76.56
 UP BOUND     f_l3@45   76.56
 LO BOUND     f_l4@45   -118.08
 UP BOUND     f_l4@45   118.08
 LO BOUND     f_l5@45   -102.52
 UP BOUND     f_l5@45   102.52
 UP BOUND     ch_s0@45  30.9
 UP BOUND     dis_s0@45  30.9
 UP BOUND     soc_s0@45  123.6
 UP BOUND     ch_s1@45  53.73
 UP BOUND     dis_s1@45  53.73
 UP BOUND     soc_s1@45  214.94
 UP BOUND     p_g0@46   86.99
 FX BOUND     p_g1@46   7.96
 LO BOUND     p_g2@46   12.75
 UP BOUND     p_g2@46   51.24
 UP BOUND     p_g3@46   88.06
 UP BOUND     p_g4@46   141.91
 UP BOUND     p_g5@46   101.33
 FX BOUND     p_g6@46   2.11
 LO BOUND     p_g7@46   8.77
 UP BOUND     p_g7@46   38.27
 UP BOUND     p_g8@46   117.21
 UP BOUND     p_g9@46   124.3
 MI BOUND     imp@46  
 UP BOUND     imp@46    41.68
 FR BOUND     f_l0@46 
 LO BOUND     f_l1@46   -97.5
 UP BOUND     f_l1@46   97.5
 LO BOUND     f_l2@46   -67.63
 UP BOUND     f_l2@46   67.63
 LO BOUND     f_l3@46   -76.56
 UP BOUND     f_l3@46   76.56
 LO BOUND     f_l4@46   -118.08
 UP BOUND     f_l4@46   118.08
 LO BOUND     f_l5@46   -102.52
 UP BOUND     f_l5@46   102.52
 UP BOUND     ch_s0@46  30.9
 UP BOUND     dis_s0@46  30.9
 UP BOUND     soc_s0@46  123.6
 UP BOUND     ch_s1@46  53.73
 UP BOUND     dis_s1@46  53.73
 UP BOUND     soc_s1@46  214.94
 UP BOUND     p_g0@47   94.1
 FX BOUND     p_g1@47   7.1
 LO BOUND     p_g2@47   12.75
 UP BOUND     p_g2@47   55.61
 UP BOUND     p_g3@47   84.71
 UP BOUND     p_g4@47   135.87
 UP BOUND     p_g5@47   104.95
 FX BOUND     p_g6@47   2.92
 LO BOUND     p_g7@47   8.77
 UP BOUND     p_g7@47   38.52
 UP BOUND     p_g8@47   113.96
 UP BOUND     p_g9@47   121.63
 MI BOUND     imp@47  
 UP BOUND     imp@47    41.68
 FR BOUND     f_l0@47 
 LO BOUND     f_l1@47   -97.5
 UP BOUND     f_l1@47   97.5
 LO BOUND     f_l2@47   -67.63
 UP BOUND     f_l2@47   67.63
 LO BOUND     f_l3@47   -76.56
 UP BOUND     f_l3@47   76.56
 LO BOUND     f_l4@47   -118.08
 UP BOUND     f_l4@47   118.08
 LO BOUND     f_l5@47   -102.52
 UP BOUND     f_l5@47   102.52
 UP BOUND     ch_s0@47  30.9
 UP BOUND     dis_s0@47  30.9
 UP BOUND     soc_s0@47  123.6
 UP BOUND     ch_s1@47  53.73
 UP BOUND     dis_s1@47  53.73
 UP BOUND     soc_s1@47  214.94
ENDATA
