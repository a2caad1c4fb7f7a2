using System.Globalization;

namespace NeuralScratch.Cli;

/// <summary>
/// A command's options, <c>--name value</c> or <c>--name=value</c>, checked against the options it
/// knows; anything else is a <see cref="UsageException"/> naming what was wrong.
/// </summary>
public sealed class Arguments
{
    readonly string command;
    readonly Dictionary<string, string> values = [];
    readonly HashSet<string> flags = [];

    public IReadOnlyList<string> Positionals { get; }

    Arguments(string command, List<string> positionals)
    {
        this.command = command;
        Positionals = positionals;
    }

    /// <param name="valueOptions">Options that take a value, e.g. "--seed".</param>
    /// <param name="flagOptions">Options that stand alone, e.g. "--in-place".</param>
    public static Arguments Parse(string command, IEnumerable<string> args, string[] valueOptions, string[]? flagOptions = null, bool allowPositionals = false)
    {
        flagOptions ??= [];
        var parsed = new Arguments(command, []);
        var positionals = (List<string>)parsed.Positionals;
        using IEnumerator<string> arg = args.GetEnumerator();
        while (arg.MoveNext())
        {
            string current = arg.Current;
            if (!current.StartsWith("--"))
            {
                if (!allowPositionals) throw new UsageException($"{command}: unexpected argument '{current}'; expected options ({Known(valueOptions, flagOptions)})");
                positionals.Add(current);
                continue;
            }
            string name = current;
            string? value = null;
            int equals = current.IndexOf('=');
            if (equals > 0) (name, value) = (current[..equals], current[(equals + 1)..]);

            if (flagOptions.Contains(name))
            {
                if (value is not null) throw new UsageException($"{command}: {name} takes no value, got '{value}'");
                parsed.flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                if (value is null)
                {
                    if (!arg.MoveNext() || arg.Current.StartsWith("--")) throw new UsageException($"{command}: {name} needs a value");
                    value = arg.Current;
                }
                if (!parsed.values.TryAdd(name, value)) throw new UsageException($"{command}: {name} is given twice; give it once");
            }
            else throw new UsageException($"{command}: unknown option '{name}'; expected one of {Known(valueOptions, flagOptions)}");
        }
        return parsed;
    }

    public bool Has(string name) => values.ContainsKey(name) || flags.Contains(name);

    public bool Flag(string name) => flags.Contains(name);

    public string? Text(string name) => values.GetValueOrDefault(name);

    public string Text(string name, string fallback) => values.GetValueOrDefault(name) ?? fallback;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int Int(string name, int fallback, int min, int max)
    {
        if (!values.TryGetValue(name, out string? text)) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            throw new UsageException($"{command}: {name} '{text}' is not a whole number; expected {min} to {max}");
        if (value < min || value > max)
            throw new UsageException($"{command}: {name} {value} is out of range; expected {min} to {max}");
        return value;
    }

    /// <summary>A finite number above zero.</summary>
    public double Positive(string name, double fallback)
    {
        if (!values.TryGetValue(name, out string? text)) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value <= 0)
            throw new UsageException($"{command}: {name} '{text}' is not a number above 0; expected e.g. {name} {fallback.ToString(CultureInfo.InvariantCulture)}");
        return value;
    }

    /// <summary>One of the given words.</summary>
    public string Choice(string name, string fallback, params string[] choices)
    {
        if (!values.TryGetValue(name, out string? text)) return fallback;
        if (!choices.Contains(text)) throw new UsageException($"{command}: {name} '{text}' is not known; expected {string.Join(" or ", choices)}");
        return text;
    }

    static string Known(string[] valueOptions, string[] flagOptions) => string.Join(", ", valueOptions.Concat(flagOptions));
}
