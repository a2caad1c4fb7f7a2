using System.CommandLine;
using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Cli.Workshop;

/// <summary>
/// <c>neuralscratch workshop pack [--out DIR] [--zip]</c> makes one folder (or zip) that sets up a laptop
/// with no network; <c>neuralscratch workshop verify DIR</c> checks a pack on a laptop before the day.
/// </summary>
public static class WorkshopCommand
{
    const string DefaultName = "neuralscratch-workshop";

    public static Command Create(Invocation io) => new("workshop", "Makes and checks a pack that sets up workshop laptops with no network.")
    {
        PackCommand(io), VerifyCommand(io),
    };

    static Command PackCommand(Invocation io)
    {
        var output = Options.Text("--out", "DIR", $"the pack to make, a new folder (default: {DefaultName}, or {DefaultName}.zip with --zip)");
        var zip = Options.Flag("--zip", "make one .zip file instead of a folder");
        var command = new Command("pack", "Makes one folder (or zip) holding the kit, every package it needs, a NuGet.config using only them, and WORKSHOP.md.")
        {
            output, zip,
        };
        command.SetAction(result => Pack(result.GetValue(output), result.GetValue(zip), io));
        return command;
    }

    static Command VerifyCommand(Invocation io)
    {
        var folder = new Argument<string>("DIR") { Description = "the pack's folder on this laptop, e.g. .", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("verify", "Checks a pack on this laptop: the .NET SDK, every package, the engine starting, a notebook cell running (exit 1 if not).")
        {
            folder,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(folder) is null or { Tokens.Count: 0 })
                result.AddError("no pack given; expected the pack's folder, e.g. `neuralscratch workshop verify .` in it");
        });
        command.SetAction(result => WorkshopVerify.RunAsync(result.GetValue(folder)!, io).GetAwaiter().GetResult());
        return command;
    }

    static int Pack(string? output, bool zip, Invocation io)
    {
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Target(output, zip)));
        if (Path.Exists(target))
            throw new UsageException($"--out '{target}' already exists; expected a new {(zip ? "file" : "folder")}: move it away or choose another --out");
        string kit = ToolLocator.FindToolRoot(Directory.GetCurrentDirectory())
            ?? throw new UsageException("no kit here: no .config/dotnet-tools.json above this folder; expected to run inside a clone of the NeuralScratch kit");

        PackManifest pack = WorkshopPack.Make(kit, target, zip, io);
        long size = zip ? new FileInfo(target).Length : Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        io.Out.WriteLine($"wrote {target}: {WorkshopPack.Megabytes(size)}, the kit ({pack.KitFiles} files) and {pack.Packages.Count} packages "
            + $"(.NET SDK {pack.Sdk}); WORKSHOP.md in it says what to do on each laptop");
        return 0;
    }

    // With --zip the pack is DIR.zip, its one top folder named DIR.
    static string Target(string? output, bool zip)
    {
        string name = output ?? DefaultName;
        return zip && !name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? name + ".zip" : name;
    }
}
