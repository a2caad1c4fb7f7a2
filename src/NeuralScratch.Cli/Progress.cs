using Spectre.Console;

namespace NeuralScratch.Cli;

/// <summary>
/// How far a long job is. Its lines go to the output wherever it goes; on a terminal, Spectre.Console's
/// live bar runs below them while the job runs, and is cleared when it ends. Redirected output (a file,
/// a pipe, CI, a test) gets the same lines and no bar, so logs stay readable.
/// </summary>
public sealed class Progress
{
    readonly TextWriter output;
    readonly IAnsiConsole? terminal;
    readonly ProgressContext? live;
    ProgressTask? bar;
    string name = "", unit = "";
    int total;
    long lastDescribed;

    Progress(TextWriter output, IAnsiConsole? terminal, ProgressContext? live) => (this.output, this.terminal, this.live) = (output, terminal, live);

    /// <summary>Runs <paramref name="work"/>, with a live bar when <see cref="Invocation.Terminal"/> is a terminal.</summary>
    public static T Show<T>(Invocation io, Func<Progress, T> work) =>
        ShowAsync(io, progress => Task.FromResult(work(progress))).GetAwaiter().GetResult();

    /// <inheritdoc cref="Show"/>
    public static Task<T> ShowAsync<T>(Invocation io, Func<Progress, Task<T>> work) => io.Terminal is IAnsiConsole terminal
        ? terminal.Progress().AutoClear(true).HideCompleted(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(live => work(new Progress(io.Out, terminal, live)))
        : work(new Progress(io.Out, null, null));

    /// <summary>A new bar for <paramref name="total"/> steps, in place of the one before.</summary>
    public void Start(string name, int total, string unit)
    {
        (this.name, this.total, this.unit) = (name, total, unit);
        bar?.StopTask();
        bar = live?.AddTask(Markup.Escape(name), maxValue: Math.Max(total, 1));
    }

    /// <summary>Moves the bar on a terminal; writes nothing elsewhere (the job's lines say how it goes).</summary>
    /// <param name="status">Asked for only when the bar is redrawn: training reports 10000 epochs in a third of a second.</param>
    public void Report(int done, Func<string> status)
    {
        if (bar is null) return;
        bar.Value = done;
        long now = Environment.TickCount64;
        if (now - lastDescribed < 50 && done < total) return; // Spectre.Console redraws 10 times a second
        lastDescribed = now;
        bar.Description = Markup.Escape($"{name}: {done}/{total} {unit} {status()}".TrimEnd());
    }

    /// <summary>A line kept in the output; on a terminal, above the bar.</summary>
    public void Line(string text)
    {
        if (terminal is not null) terminal.WriteLine(text);
        else output.WriteLine(text);
    }
}
