using System.Runtime.InteropServices;

namespace NeuralScratch.TestSupport;

/// <summary>What the tests need to know about the machine they run on.</summary>
public static class Machine
{
    /// <summary>Linux with glibc: Math.Exp is glibc's exp, as Python's math.exp was for the reference run.</summary>
    public static bool IsGlibcLinux => OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl");

    public static bool IsX64 => RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>
    /// Whether the CPU itself has fused multiply-add, which is what glibc asks (read from Linux's
    /// /proc/cpuinfo). .NET can be told to hide it (DOTNET_EnableAVX2=0), so this is not Fma.IsSupported.
    /// </summary>
    public static bool CpuHasFma => CpuHas("fma");

    /// <summary>Whether Linux's /proc/cpuinfo lists <paramref name="flag"/> (e.g. "avx2") for this CPU; false where there is no such file.</summary>
    public static bool CpuHas(string flag) =>
        File.Exists("/proc/cpuinfo") && File.ReadLines("/proc/cpuinfo").Any(line => line.StartsWith("flags") && line.Split(' ', '\t').Contains(flag));
}
