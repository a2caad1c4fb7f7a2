namespace NeuralScratch.Cli.Notebooks;

/// <summary>What `neuralscratch run` was asked to do.</summary>
/// <param name="Inputs">Notebooks and folders, as given.</param>
/// <param name="OutDir">Where executed copies go; null means next to each notebook, in executed/.</param>
/// <param name="InPlace">Overwrite the source notebooks with their executed copies.</param>
/// <param name="CellTimeout">How long one cell may run.</param>
internal sealed record RunOptions(IReadOnlyList<string> Inputs, string? OutDir, bool InPlace, TimeSpan CellTimeout)
{
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromMinutes(10);

    public const string Usage =
        "neuralscratch run [NOTEBOOK.ipynb | FOLDER ...] [--out DIR | --in-place] [--timeout SECONDS]";

    /// <summary>Parses the arguments after `run`; on a mistake returns null and a one-line error.</summary>
    public static (RunOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var inputs = new List<string>();
        string? outDir = null;
        var inPlace = false;
        var timeout = DefaultCellTimeout;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--out":
                    if (!TryTakeValue(args, ref i, out outDir))
                        return Fail("--out needs a folder: --out DIR");
                    break;
                case "--in-place":
                    inPlace = true;
                    break;
                case "--timeout":
                    if (!TryTakeValue(args, ref i, out var seconds) || !TryParseSeconds(seconds, out timeout))
                        return Fail("--timeout needs a number of seconds above 0: --timeout 600");
                    break;
                default:
                    if (arg.StartsWith('-'))
                        return Fail($"unknown option '{arg}' (expected --out DIR, --in-place or --timeout SECONDS)");
                    inputs.Add(arg);
                    break;
            }
        }

        if (inputs.Count == 0)
            return Fail("no notebook given (expected one or more .ipynb files or folders)");
        if (inPlace && outDir is not null)
            return Fail("--out and --in-place exclude each other (expected one of them, or neither)");
        return (new RunOptions(inputs, outDir, inPlace, timeout), null);
    }

    static bool TryTakeValue(IReadOnlyList<string> args, ref int i, out string value)
    {
        value = i + 1 < args.Count ? args[i + 1] : "";
        if (value.Length == 0 || value.StartsWith("--"))
            return false;
        i++;
        return true;
    }

    static bool TryParseSeconds(string text, out TimeSpan timeout)
    {
        var ok = double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0;
        timeout = ok ? TimeSpan.FromSeconds(seconds) : default;
        return ok;
    }

    static (RunOptions?, string?) Fail(string error) => (null, error);
}
