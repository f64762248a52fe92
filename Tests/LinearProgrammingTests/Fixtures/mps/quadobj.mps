* A separable convex QP, hand-made for GridPlan's tests (QuadraticObjectiveTests):
*   minimise  x + y + 1/2 (2 x^2 + 4 y^2 + 1 z^2) - 3 z      (QUADOBJ lists the lower triangle of Q, objective 1/2 x'Qx)
*   subject to  x + y >= 2,  y + z <= 4,  x free,  0 <= y,  0 <= z <= 1.5
* Hand solution (y + z <= 4 is slack): z minimises z^2/2 - 3z on [0, 1.5]: z = 1.5 (the bound binds), -3.375.
* x + y = 2 binds with multiplier λ: 1 + 2x = λ and 1 + 4y = λ, so x = 2y and 3y = 2: y = 2/3, x = 4/3;
* x + y + x^2 + 2y^2 = 2 + 16/9 + 8/9 = 42/9; total 42/9 - 27/8 = (336 - 243) / 72 = 93/72 = 1.291666...
NAME          QUADOBJ
ROWS
 N  COST
 G  DEMAND
 L  CAP
COLUMNS
    x         COST      1              DEMAND    1
    y         COST      1              DEMAND    1
    y         CAP       1
    z         COST      -3             CAP       1
RHS
    RHS       DEMAND    2              CAP       4
BOUNDS
 FR BND       x
 UP BND       z         1.5
QUADOBJ
    x         x         2
    y         y         4
    z         z         1
ENDATA
