using NeuralScratch.Cli.Tests.Notebooks;
using NeuralScratch.Cli.Workshop;

namespace NeuralScratch.Cli.Tests.Workshop;

/// <summary>`neuralscratch workshop pack` and `verify` on the command line: wrong arguments, refusals before any work (their help: ProgramTests).</summary>
public sealed class WorkshopCommandTests : IDisposable
{
    readonly TempFolder temp = new();

    [Theory]
    [InlineData("workshop", "neuralscratch workshop: no command given; expected pack or verify (see `neuralscratch workshop --help`)")]
    [InlineData("workshop pack --nope", "neuralscratch workshop pack: unknown option '--nope'; expected one of --out, --zip (see `neuralscratch workshop pack --help`)")]
    [InlineData("workshop pack --out", "neuralscratch workshop pack: --out needs a value; expected --out DIR (see `neuralscratch workshop pack --help`)")]
    [InlineData("workshop verify --nope .", "neuralscratch workshop verify: unknown option '--nope'; verify takes no options (see `neuralscratch workshop verify --help`)")]
    [InlineData("workshop verify", "neuralscratch workshop verify: no pack given; expected the pack's folder, e.g. `neuralscratch workshop verify .` in it (see `neuralscratch workshop verify --help`)")]
    [InlineData("workshop verify a b", "neuralscratch workshop verify: unexpected argument 'b'; expected at most 1 DIR (see `neuralscratch workshop verify --help`)")]
    public void A_wrong_command_line_exits_2_with_one_line_naming_what_was_wrong(string commandLine, string line)
    {
        Cli run = Cli.Run(commandLine.Split(' '));
        Assert.Equal((2, line), (run.ExitCode, run.ErrorLine));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Pack_over_an_existing_folder_or_zip_is_refused_and_it_is_kept()
    {
        string folder = Directory.CreateDirectory(temp.File("mine")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "a teacher's notes");
        File.WriteAllText(temp.File("mine.zip"), "a teacher's zip");

        Cli overFolder = Cli.Run("workshop", "pack", "--out", folder);
        Cli overZip = Cli.Run("workshop", "pack", "--zip", "--out", folder);

        Assert.Equal((2, $"neuralscratch workshop pack: --out '{folder}' already exists; expected a new folder: move it away or choose another --out (see `neuralscratch workshop pack --help`)"),
            (overFolder.ExitCode, overFolder.ErrorLine));
        Assert.Equal((2, $"neuralscratch workshop pack: --out '{folder}.zip' already exists; expected a new file: move it away or choose another --out (see `neuralscratch workshop pack --help`)"),
            (overZip.ExitCode, overZip.ErrorLine));
        Assert.Equal("a teacher's notes", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Equal("a teacher's zip", File.ReadAllText(temp.File("mine.zip")));
        Assert.Equal(["mine", "mine.zip"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Pack_stopped_by_ctrl_c_exits_130_and_leaves_nothing()
    {
        string parent = Directory.CreateDirectory(temp.File("out")).FullName;
        using var ctrlC = new CancellationTokenSource(TimeSpan.FromSeconds(1)); // while it copies or restores: a pack takes several seconds

        Cli run = Cli.Run(ctrlC.Token, "workshop", "pack", "--out", Path.Combine(parent, "pack"));

        Assert.Equal((130, "neuralscratch workshop pack: cancelled; nothing was written"), (run.ExitCode, run.ErrorLine));
        Assert.Empty(Directory.GetFileSystemEntries(parent));
    }

    [Fact]
    public void Verify_refuses_a_folder_that_is_not_a_pack_or_whose_list_is_broken()
    {
        Cli notAPack = Cli.Run("workshop", "verify", temp.Path);
        Assert.Equal((2, $"neuralscratch workshop verify: '{temp.Path}' is not a workshop pack: it has no workshop-pack.json; expected a folder made by `neuralscratch workshop pack` (see `neuralscratch workshop verify --help`)"),
            (notAPack.ExitCode, notAPack.ErrorLine));

        File.WriteAllText(temp.File("workshop-pack.json"), """{"sdk": "10.0.401"}""");
        Cli broken = Cli.Run("workshop", "verify", temp.Path);
        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith($"neuralscratch workshop verify: '{temp.File("workshop-pack.json")}' cannot be read (", broken.ErrorLine);
        Assert.Contains("expected the list `neuralscratch workshop pack` writes", broken.ErrorLine);

        Cli missing = Cli.Run("workshop", "verify", temp.File("nowhere"));
        Assert.Equal((2, $"neuralscratch workshop verify: '{temp.File("nowhere")}' is not a folder; expected the folder of a workshop pack (see `neuralscratch workshop verify --help`)"),
            (missing.ExitCode, missing.ErrorLine));
    }

    [Theory]
    [InlineData("/w/src/NeuralScratch.Cli/NeuralScratch.Cli.csproj : error NU1101: Unable to find package Spectre.Console. No packages exist with this id in source(s): empty [/w/src/NeuralScratch.Cli/NeuralScratch.Cli.csproj]",
        "NU1101: Unable to find package Spectre.Console. No packages exist with this id in source(s): empty")]
    [InlineData("  Determining projects to restore...\n/w/x.csproj : error NU1301: Unable to load the service index for source https://example.invalid/v3/index.json.\n  Failed to restore /w/x.csproj",
        "NU1301: Unable to load the service index for source https://example.invalid/v3/index.json.")]
    [InlineData("Version 1.0.712001 of package microsoft.dotnet-interactive is not found in NuGet feeds /p/packages.\n",
        "Version 1.0.712001 of package microsoft.dotnet-interactive is not found in NuGet feeds /p/packages.")]
    public void A_failed_restore_is_told_by_NuGets_first_error(string output, string told) =>
        Assert.Equal(told, WorkshopPack.NuGetError(output));

    public void Dispose() => temp.Dispose();
}
