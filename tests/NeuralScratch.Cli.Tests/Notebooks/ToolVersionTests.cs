using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>The engine pinned in .config/dotnet-tools.json is the build of the pinned Microsoft.DotNet.Interactive packages.</summary>
public class ToolVersionTests
{
    [Fact]
    public void The_pinned_tool_carries_the_pinned_packages_build()
    {
        string toolVersion = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".config", "dotnet-tools.json")))!
            ["tools"]!["microsoft.dotnet-interactive"]!["version"]!;
        string packagesVersion = XDocument.Load(Path.Combine(Repo.Root, "Directory.Packages.props"))
            .Descendants("DotNetInteractiveVersion").Single().Value;

        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string tool = Path.Combine(packages, "microsoft.dotnet-interactive", toolVersion);
        Assert.True(Directory.Exists(tool), $"the tool {toolVersion} is not restored in {packages}: run `dotnet tool restore`");
        string engineDll = Directory.GetFiles(tool, "Microsoft.DotNet.Interactive.dll", SearchOption.AllDirectories).First();

        // The tool's own Microsoft.DotNet.Interactive.dll says which package build it is, e.g. 1.0.0-beta.26120.1+<commit>.
        string? built = FileVersionInfo.GetVersionInfo(engineDll).ProductVersion;
        Assert.Equal(packagesVersion, built?.Split('+')[0]);
    }
}
