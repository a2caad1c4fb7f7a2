// An e^x that is not glibc's, to see on Linux what the kit does where Math.Exp is another library's
// (Windows, macOS): glibc's answer, moved one unit in the last place for about 1 input in 500.
// .NET's Math.Exp calls the C library's exp, so preloading this replaces it:
//
//   gcc -O2 -shared -fPIC -o /tmp/not-glibc-exp.so tests/reference/not-glibc-exp.c -ldl -lm
//   LD_PRELOAD=/tmp/not-glibc-exp.so dotnet test tests/NeuralScratch.Tests
//   LD_PRELOAD=/tmp/not-glibc-exp.so src/NeuralScratch.Cli/bin/Release/net10.0/neuralscratch check
//
// Expected: one test fails, On_linux_with_glibc_the_sigmoid_is_the_walkthroughs, whose point is that
// on Linux with glibc Math.Exp must be the reference run's e^x; the tests that need the Python run's
// bits see the sigmoid's fingerprint differ and hold the kit to the first 100 epochs instead; and
// `check` reports that FastExp no longer gives Math.Exp's bits, so the kit trains with Simd.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
static double (*real_exp)(double);
double exp(double x)
{
    if (!real_exp) real_exp = (double (*)(double))dlsym(RTLD_NEXT, "exp");
    double y = real_exp(x);
    uint64_t b; memcpy(&b, &x, 8);
    b ^= b >> 29; b *= 0x9E3779B97F4A7C15ull; b ^= b >> 32;
    if (isfinite(y) && y > 0 && (b % 500) == 0) y = nextafter(y, INFINITY);
    return y;
}
