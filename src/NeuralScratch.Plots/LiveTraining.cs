using System.Diagnostics;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralScratch.Plots;

/// <summary>Where a training run is: the network now, the loss after each epoch so far, and whether it was stopped.</summary>
public sealed record TrainingMoment(double[][][] Network, IReadOnlyList<double> Losses, int Epochs, bool Interrupted)
{
    /// <summary>The epochs done so far: <c>Losses[0]</c> is the loss before training.</summary>
    public int Epoch => Losses.Count - 1;
}

/// <summary>Training drawn while it runs: a new frame a few times a second, for a notebook to show in place.</summary>
public static class LiveTraining
{
    /// <summary>How often a frame is drawn unless asked otherwise: four times a second.</summary>
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromMilliseconds(250);

    static readonly TimeSpan SlowMotionGap = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Shows a first frame and returns how to replace it with a later one. The notebooks' loader
    /// sets it to display the frame in the running cell and update that one output in place.
    /// </summary>
    public static Func<GenericChart, Action<GenericChart>>? Display { get; set; }

    /// <summary>The running cell's cancellation, set by the notebooks' loader: interrupting the cell stops training.</summary>
    public static Func<CancellationToken>? CellCancellation { get; set; }

    /// <summary>
    /// Training drawn in the notebook cell that runs it (see <see cref="Display"/>): one output,
    /// updated a few times a second with <paramref name="frame"/> (by default <see cref="Digits"/>).
    /// Interrupting the cell stops training after the epoch under way; the network keeps the
    /// weights it reached and the result holds the epochs done.
    /// </summary>
    public static TrainingResult Train(double[][][] network, double[][] inputs, double[][] targets, int epochs,
        Func<TrainingMoment, GenericChart>? frame = null, TrainingOptions? options = null, TimeSpan? every = null, int? everyEpochs = null)
    {
        Func<GenericChart, Action<GenericChart>> display = Display
            ?? throw new InvalidOperationException("LiveTraining.Train draws in a notebook: run the notebook's first cell (it loads the library), or pass a show action");
        Action<GenericChart>? update = null;
        CancellationToken cell = CellCancellation?.Invoke() ?? CancellationToken.None;
        options ??= new TrainingOptions();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(options.Cancellation, cell); // the cell's stop button, or the caller's token
        options = options with { Cancellation = either.Token };
        return Train(network, inputs, targets, epochs, frame ?? Digits, chart =>
        {
            if (update is null) update = display(chart);
            else update(chart);
        }, options, every, everyEpochs);
    }

    /// <summary>
    /// <see cref="Training.Train"/>, calling <paramref name="show"/> with <paramref name="frame"/> of the
    /// run at most every <paramref name="every"/>, and once at the end. With <paramref name="everyEpochs"/>,
    /// in slow motion instead: a frame after every that many epochs, at most ten a second (training
    /// waits for the next one), for a run too quick to watch. When the options' cancellation is
    /// triggered (the learner interrupts the cell) training stops after the epoch under way: the
    /// network keeps the weights it reached, the last frame says so, and the result holds the epochs done.
    /// </summary>
    public static TrainingResult Train(double[][][] network, double[][] inputs, double[][] targets, int epochs,
        Func<TrainingMoment, GenericChart> frame, Action<GenericChart> show, TrainingOptions? options, TimeSpan? every, int? everyEpochs = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(show);
        if (everyEpochs is < 1)
            throw new ArgumentOutOfRangeException(nameof(everyEpochs), everyEpochs, "expected a frame every 1 or more epochs");
        options ??= new TrainingOptions();
        TimeSpan interval = every ?? DefaultEvery;
        var losses = new List<double> { Loss.SumOfSquaredErrors(network, inputs, targets) };
        var clock = Stopwatch.StartNew();
        TimeSpan nextFrame = interval;
        void Show(bool interrupted) => show(frame(new TrainingMoment(network, losses, epochs, interrupted)));
        Show(interrupted: false);

        var drawing = options with
        {
            AfterEpoch = (epoch, loss) =>
            {
                losses.Add(loss);
                options.AfterEpoch?.Invoke(epoch, loss);
                if (everyEpochs is int slowMotion)
                {
                    if (epoch % slowMotion != 0 || epoch == epochs) return; // the last frame is drawn below
                    TimeSpan wait = nextFrame - clock.Elapsed;
                    if (wait > TimeSpan.Zero) Thread.Sleep(wait);
                    Show(interrupted: false);
                    nextFrame = clock.Elapsed + SlowMotionGap;
                    return;
                }
                if (clock.Elapsed < nextFrame) return;
                Show(interrupted: false);
                nextFrame = clock.Elapsed + interval; // the time spent drawing does not count against training
            },
        };
        bool interrupted = false;
        try
        {
            Training.Train(network, inputs, targets, epochs, drawing);
        }
        catch (OperationCanceledException) when (options.Cancellation.IsCancellationRequested)
        {
            interrupted = true;
        }
        Show(interrupted);
        return new TrainingResult([.. losses]);
    }

    /// <summary>
    /// One frame of the digit network's training: the loss so far (log scale, over the whole run's
    /// epochs) and each hidden neuron's signed pixel weights on one shared colour range; the title
    /// gives the epoch, the loss and what the network says of each test digit now.
    /// </summary>
    public static GenericChart Digits(TrainingMoment moment)
    {
        double[][] hidden = WeightCharts.HiddenLayerWeights(moment.Network);
        int columns = 3, rows = (hidden.Length + 1 + columns - 1) / columns, slots = rows * columns;
        var charts = new List<GenericChart> { LossSoFar(moment) };
        for (int n = 0; n < slots - 1; n++)
        {
            if (n >= hidden.Length) { charts.Add(Chart.Invisible()); continue; }
            double[][] grid = PixelGrid.Rows(hidden[n]);
            charts.Add(Heatmaps.Grid(grid, PixelGrid.HoverText(grid, "w")));
        }
        string[] titles = [$"loss (sum of squared errors)", .. Enumerable.Range(0, slots - 1).Select(n => n < hidden.Length ? $"hidden neuron {n}" : "")];
        double[] pixelWeights = hidden.SelectMany(n => n.Take(NeuralScratch.Digits.PixelCount)).ToArray();
        GenericChart chart = Chart.Grid(charts, rows, columns, SubPlotTitles: titles, XGap: 0.2, YGap: 0.3)
            .AsImages(subplots: slots, first: 2)
            .WithLayoutAttribute("coloraxis", ColorAxes.Signed(ColorAxes.MaxAbs(pixelWeights), "w"))
            .WithAxisAttribute("xaxis", "range", new[] { 0, Math.Max(1, moment.Epochs) })
            .WithAxisAttribute("xaxis", "title", new { text = "epoch" })
            .WithAxisAttribute("yaxis", "type", "log")
            .WithLayoutAttribute("showlegend", false);
        for (int slot = hidden.Length + 1; slot < slots; slot++)
            chart = chart.WithAxisAttribute(PlotlyAttributes.AxisName('x', slot + 1), "visible", false)
                         .WithAxisAttribute(PlotlyAttributes.AxisName('y', slot + 1), "visible", false);
        return chart.Styled(Title(moment), 860, 300 * rows + 90);
    }

    /// <summary>One frame of a two-input network's training: its output over the whole unit square, and the loss now.</summary>
    public static GenericChart Xor(TrainingMoment moment) =>
        XorCharts.OutputOverUnitSquare(moment.Network, steps: 41)
            .WithLayoutAttribute("title", new
            {
                text = $"Epoch {moment.Epoch} of {moment.Epochs}{(moment.Interrupted ? " (interrupted)" : "")} · loss {ChartStyle.Number(moment.Losses[^1], 4)}",
                x = 0.5,
                xanchor = "center",
            });

    /// <summary>"Epoch 2500 of 10000 · loss 3.918 · tests: 3 → 4, 7 → 9, 8 → 8", and whether it was interrupted.</summary>
    public static string Title(TrainingMoment moment)
    {
        string tests = string.Join(", ", NeuralScratch.Digits.Tests.Select(d => $"{d.Label} → {Network.Predict(moment.Network, d.Pixels)}"));
        string state = moment.Interrupted ? " (interrupted: the network keeps these weights)" : "";
        return $"Epoch {moment.Epoch} of {moment.Epochs}{state} · loss {ChartStyle.Number(moment.Losses[^1])} · test digits: {tests}";
    }

    // The losses so far, thinned to at most about 500 points (each frame is sent whole).
    static GenericChart LossSoFar(TrainingMoment moment)
    {
        int step = Math.Max(1, moment.Losses.Count / 500);
        int[] epochs = Enumerable.Range(0, moment.Losses.Count).Where(e => e % step == 0 || e == moment.Losses.Count - 1).ToArray();
        return Chart.Line<int, double, string>(x: epochs, y: epochs.Select(e => moment.Losses[e]).ToArray(), Name: "loss", LineColor: Color.fromString("#1f4e79"))
            .WithTraceAttribute("hovertemplate", "epoch %{x}: loss %{y:.4g}<extra></extra>");
    }
}
