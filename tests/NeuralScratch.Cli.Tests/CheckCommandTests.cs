using System.Diagnostics;
using System.Numerics;
using NeuralScratch.Fast;

namespace NeuralScratch.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Every_path_gives_the_jagged_trainers_bits_on_this_machine()
    {
        Cli check = Cli.Run("check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"best path here: {FastPaths.Best}", check.Out);
        Assert.Contains($"OK: the kit trains with {FastPaths.Best} here", check.Out);
        string[] rows = Rows(check.Out);
        Assert.Equal(6, rows.Length); // 3 paths x 2 backprops
        Assert.All(rows.Where(row => FastPaths.GivesJaggedBits(PathOf(row))), row => Assert.Matches(@"same bits\s+same bits\s+0 of 13$", row));
    }

    [Fact]
    public void A_bad_seed_is_a_usage_error()
    {
        Cli check = Cli.Run("check", "--seed", "-3");
        Assert.Equal(2, check.ExitCode);
        Assert.Equal("neuralscratch check: --seed -3 is out of range; expected 0 to 2147483647 (see `neuralscratch check --help`)", check.ErrorLine);
        Assert.Contains("unknown option '--epochs'", Cli.Run("check", "--epochs", "5").ErrorLine);
    }

    // The machines a workshop brings, imitated on this one by hiding instructions from .NET:
    // 2-lane vectors with fused multiply-add (as on Apple's and other Arm chips), 2-lane vectors
    // without it (an older x86), and no SIMD at all.
    [Theory]
    [InlineData("DOTNET_MaxVectorTBitWidth", "128", "Vector<double> of 2 (hardware accelerated)")]
    [InlineData("DOTNET_EnableAVX2", "0", "Vector<double> of 2 (hardware accelerated)")]
    [InlineData("DOTNET_EnableHWIntrinsic", "0", "Vector<double> of 2 (software only)")]
    public void Every_path_keeps_its_promise_on_other_instruction_sets(string variable, string value, string expectedVectors)
    {
        // The first two imitations start from AVX2; turning off SIMD works on any machine.
        Assert.SkipWhen(variable != "DOTNET_EnableHWIntrinsic" && !(Vector.IsHardwareAccelerated && Vector<double>.Count == 4),
            $"{variable}={value} imitates a smaller machine from an AVX2 one, and this machine has no 4-lane vectors");
        (int exitCode, string output) = RunCheckInChildProcess(variable, value);
        Assert.True(exitCode == 0, output);
        Assert.Contains(expectedVectors, output);

        bool expGivesBits = output.Contains("FastExp gives Math.Exp's bits: yes");
        string best = variable == "DOTNET_EnableHWIntrinsic" ? "Scalar" : expGivesBits ? "SimdExp" : "Simd";
        Assert.Contains($"best path here: {best}", output);
        Assert.Contains($"OK: the kit trains with {best} here", output);
        string[] rows = Rows(output);
        Assert.Equal(6, rows.Length);
        Assert.All(rows.Where(row => PathOf(row).ToString() == best || PathOf(row) != FastPath.SimdExp),
            row => Assert.Matches(@"same bits\s+same bits\s+0 of 13$", row));
        Assert.All(rows, row => Assert.Matches(@"(same bits|within \d\.\de-1[3-9])", row)); // 1e-12 after 100 epochs, at worst

        // Hiding the CPU's fused multiply-add from .NET does not hide it from glibc, whose exp then
        // rounds differently from FastExp's: the start-up check must notice, and the kit keep Math.Exp.
        if (variable == "DOTNET_EnableAVX2" && OperatingSystem.IsLinux() && CpuHasFma())
        {
            Assert.False(expGivesBits, output);
            Assert.Contains("SimdExp is not used here", output);
        }
    }

    static string[] Rows(string output) =>
        output.Split('\n').Select(line => line.TrimEnd()).Where(line => line.StartsWith("as written") || line.StartsWith("true gradient")).ToArray();

    static FastPath PathOf(string row) => Enum.Parse<FastPath>(row[14..].Split(' ')[0]);

    static bool CpuHasFma() =>
        File.Exists("/proc/cpuinfo") && File.ReadLines("/proc/cpuinfo").Any(line => line.StartsWith("flags") && line.Split(' ', '\t').Contains("fma"));

    static (int ExitCode, string Output) RunCheckInChildProcess(string variable, string value)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NeuralScratch.Cli.dll"));
        start.ArgumentList.Add("check");
        start.Environment[variable] = value;
        using var process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"neuralscratch check with {variable}={value} ran over 2 minutes");
        }
        return (process.ExitCode, $"{variable}={value}:\n{output}{error.Result}");
    }
}
