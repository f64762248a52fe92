#ifndef GRIDPLAN_CLINEARALGEBRA_SHIM_H
#define GRIDPLAN_CLINEARALGEBRA_SHIM_H
// Debian's OpenBLAS is built without LAPACKE: cblas.h comes from libopenblas-dev, lapacke.h from liblapacke-dev.
#define HAVE_LAPACK_CONFIG_H
#define LAPACK_COMPLEX_STRUCTURE
#include <cblas.h>
#include <lapacke.h>
// SuiteSparse's CHOLMOD (libsuitesparse-dev; the headers live in /usr/include/suitesparse/): the sparse Cholesky of
// the general backend, with AMD (and METIS, through Debian's build) for the fill-reducing ordering. Its dense parts
// call the system BLAS/LAPACK, which is OpenBLAS here.
#include <suitesparse/cholmod.h>
// AMD alone: the ordering of the sparse leading rows of the staged backend's stage blocks.
#include <suitesparse/amd.h>
// OpenBLAS thread control (process-global).
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
#endif
