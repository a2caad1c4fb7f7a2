using System.Globalization;
using System.Text;

namespace NeuralScratch.Cli.Workshop;

/// <summary>WORKSHOP.md, the pack's own page: what it holds, what each laptop needs beforehand, the commands to run there.</summary>
internal static class WorkshopGuide
{
    const string Cli = "dotnet run --project src/NeuralScratch.Cli -c Release --no-build --";

    public static string Text(PackManifest pack, string sdkWanted)
    {
        var text = new StringBuilder();
        text.Append($"""
            # NeuralScratch workshop pack

            The NeuralScratch kit with every package it needs to build and to run its notebooks, so that a
            laptop with no network can be set up from this one folder. Copy the whole folder (or the zip
            it came in) to each laptop: a USB stick, a shared drive.

            Made {pack.Made.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC with the .NET SDK {pack.Sdk} on {pack.MadeOn}, from the kit at commit {pack.KitCommit}.
            It holds {WorkshopPack.Megabytes(pack.KitBytes + pack.PackagesBytes)}: the kit ({pack.KitFiles} files, {WorkshopPack.Megabytes(pack.KitBytes)}) and
            {pack.Packages.Count} packages ({WorkshopPack.Megabytes(pack.PackagesBytes)}) in `packages/`, listed at the end.

            ## Before the day, on each laptop

            - **The .NET 10 SDK**, {sdkWanted} (what `global.json` asks for). Its installers are on
              Microsoft's .NET download page; fetch them where there is a network.
            - **VS Code** with the **Polyglot Notebooks** extension (`ms-dotnettools.dotnet-interactive-vscode`)
              and the **Jupyter** extension it requires (`ms-toolsai.jupyter`). With no network, install each
              from its `.vsix` file (Extensions view, `...` menu, "Install from VSIX...", Jupyter first).
            - **Chromium, Chrome or Edge**, only for `neuralscratch heatmaps` to write PNG and SVG images for
              slides. The notebooks draw their charts without a browser of their own.

            ## On each laptop, in this folder (no network needed)

            ```sh
            export DOTNET_CLI_TELEMETRY_OPTOUT=1 NUGET_CERT_REVOCATION_MODE=offline
            dotnet tool restore                              # the notebook engine, dotnet-interactive {pack.EngineVersion}
            dotnet build src/NeuralScratch.Cli -c Release    # the library the notebooks load, and the command line
            {Cli} workshop verify .
            {Cli} check
            {Cli} run notebooks
            ```

            `NuGet.config` in this folder makes `dotnet` take packages from `packages/` and nowhere else, so
            these commands work from an empty NuGet cache with no network. The first line (in PowerShell:
            `$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"; $env:NUGET_CERT_REVOCATION_MODE = "offline"`) stops the
            two things that still reach for the network: the .NET SDK sending usage data, and NuGet asking
            online whether the certificates that signed the packages were revoked, the first time it unpacks
            them. Without it both attempts fail with no network and the commands still work; with it nothing
            is attempted.

            - `workshop verify .` says, one line each, whether the laptop's .NET SDK is one `global.json`
              accepts, whether every package is in `packages/` as packed, whether the engine starts and
              whether the first cell of the first notebook runs; it exits with 1 if anything is missing.
            - `check` trains the network on every fast path of this laptop's processor and says whether the
              kit's results are the same bits here.
            - `run notebooks` runs every notebook in the engine and writes executed copies to `notebooks/executed/`.

            Built, the command line is also `src/NeuralScratch.Cli/bin/Release/net10.0/neuralscratch` on macOS
            and Linux, and `src\NeuralScratch.Cli\bin\Release\net10.0\NeuralScratch.Cli.exe` on Windows.
            Then open this folder in VS Code and the notebooks in `notebooks/`, in order.

            ## VS Code with no network

            The Polyglot Notebooks extension installs its own copy of the engine the first time it starts a
            notebook (`dotnet tool install Microsoft.dotnet-interactive --version V` in its own folder). After
            `dotnet tool restore` above, version {pack.EngineVersion} is in the laptop's NuGet cache, and that install
            takes it from there with no network. `.vscode/settings.json` in this folder asks the extension
            for exactly that version (`dotnet-interactive.requiredInteractiveToolVersion`), whichever one it
            would install by default, and starts the engine with its usage data turned off
            (`polyglot-notebook.kernelEnvironmentVariables`); both apply when VS Code opens this folder.

            ## Every operating system

            The same packages serve Windows, macOS (Arm and Intel) and Linux (x64 and Arm64). The kit is built
            for the laptop's .NET, with no runtime identifier, so NuGet picks the same packages on every
            system, and the launcher that makes `neuralscratch` a program comes with each laptop's SDK. The
            engine's package is one package for every system: it runs on the laptop's .NET and carries each
            system's native libraries.

            ## What needs a network anyway

            `dotnet test` and the benchmarks: their packages (xunit, BenchmarkDotNet, ...) are not in the pack,
            which holds what a learner runs. Build `src/NeuralScratch.Cli` as above, not the whole solution.

            ## The packages


            """);
        text.AppendLine("| package | version | size |");
        text.AppendLine("|---|---|---:|");
        foreach (PackedPackage package in pack.Packages)
            text.AppendLine($"| {package.Id} | {package.Version} | {package.Bytes / 1e3:0} kB |");
        text.AppendLine();
        text.AppendLine($"`{PackManifest.FileName}` lists the same with each file's SHA-512, which `workshop verify` checks.");
        return text.ToString();
    }
}
