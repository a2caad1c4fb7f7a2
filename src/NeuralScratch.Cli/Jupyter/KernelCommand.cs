using System.CommandLine;

namespace NeuralScratch.Cli.Jupyter;

/// <summary>
/// <c>neuralscratch kernel install|uninstall [--user | --path DIR] [--force]</c>: registers the pinned notebook
/// engine as Jupyter's <c>.net-csharp</c> kernel (see <see cref="KernelSpec"/>), or removes it.
/// </summary>
public static class KernelCommand
{
    public static Command Create(Invocation io) => new("kernel", "Registers the pinned notebook engine as the .net-csharp Jupyter kernel, or removes it.")
    {
        Subcommand("install", "Writes the .net-csharp kernel for Jupyter (VS Code's Jupyter extension, JupyterLab, the classic Notebook).", io, Install),
        Subcommand("uninstall", "Removes the .net-csharp kernel that `neuralscratch kernel install` wrote.", io, Uninstall),
    };

    static Command Subcommand(string name, string description, Invocation io, Func<Invocation, string, bool, int> run)
    {
        var user = Options.Flag("--user", "in Jupyter's user data folder (the default; what `jupyter --data-dir` prints)");
        var path = Options.Text("--path", "DIR", "in DIR/kernels/.net-csharp, for JUPYTER_PATH=DIR");
        var force = Options.Flag("--force", "replace or remove a .net-csharp kernel that this command did not write");
        var command = new Command(name, description) { user, path, force };
        Options.Exclusive(command, user, [path], "--user and --path exclude each other; expected one of them, or neither");
        command.SetAction(result => run(io, result.GetValue(path) ?? KernelSpec.UserDataDirectory(), result.GetValue(force)));
        return command;
    }

    static int Install(Invocation io, string dataDirectory, bool force)
    {
        string folder = Path.GetFullPath(KernelSpec.Folder(dataDirectory));
        RefuseIfNotOurs(folder, force, "replace");
        if (File.Exists(dataDirectory))
            throw new IOException($"'{dataDirectory}' is a file; expected a folder for the kernel (created if missing)");
        AtomicFile.WriteAllText(Path.Combine(folder, "kernel.json"), KernelSpec.Json());
        io.Out.WriteLine($"Installed the {KernelSpec.Name} kernel in {folder}: Jupyter runs the notebook engine pinned in .config/dotnet-tools.json " +
                         "from the notebook's folder (run `dotnet tool restore` in the repo once), its HTTP server on loopback only.");
        return 0;
    }

    static int Uninstall(Invocation io, string dataDirectory, bool force)
    {
        string folder = Path.GetFullPath(KernelSpec.Folder(dataDirectory));
        if (!Directory.Exists(folder))
        {
            io.Out.WriteLine($"No {KernelSpec.Name} kernel in {dataDirectory}: nothing to remove.");
            return 0;
        }
        RefuseIfNotOurs(folder, force, "remove");
        Directory.Delete(folder, recursive: true);
        io.Out.WriteLine($"Removed the {KernelSpec.Name} kernel from {folder}.");
        return 0;
    }

    // A kernel of the same name that someone else installed (Polyglot Notebooks' own, say) is theirs.
    static void RefuseIfNotOurs(string folder, bool force, string verb)
    {
        if (!force && File.Exists(Path.Combine(folder, "kernel.json")) && !KernelSpec.IsOurs(folder))
            throw new IOException($"{Path.Combine(folder, "kernel.json")} was not written by neuralscratch (Polyglot Notebooks' own, say); " +
                                  $"expected none there, or --force to {verb} it");
    }
}
