using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// The real notebook engine, as VS Code runs it: `dotnet tool run dotnet-interactive -- stdio`.
/// Commands go in on stdin and events come out on stdout, one JSON object per line.
/// </summary>
internal sealed class KernelSession : IDisposable
{
    readonly Process process;
    readonly Channel<KernelEvent> events = Channel.CreateUnbounded<KernelEvent>();
    readonly Queue<string> stderrTail = new();

    KernelSession(Process process)
    {
        this.process = process;
        _ = Task.Run(ReadEventsAsync);
        _ = Task.Run(ReadStderrAsync);
    }

    /// <summary>
    /// Starts the tool of the repo at <paramref name="toolRoot"/> and waits until its kernel is ready;
    /// <paramref name="environment"/>, if given, is set over the kit's <see cref="EngineEnvironment"/>.
    /// </summary>
    /// <exception cref="KernelStartException">The tool is missing or its kernel did not start.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was triggered.</exception>
    public static async Task<KernelSession> StartAsync(string toolRoot, string workingDirectory, TimeSpan timeout, CancellationToken cancel,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var session = new KernelSession(StartProcess(StartInfo(toolRoot, workingDirectory, environment ?? new Dictionary<string, string>())));
        try
        {
            await session.WaitUntilReadyAsync(toolRoot, timeout, cancel);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    static Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new KernelStartException($"could not start `dotnet` ({e.Message}): is the .NET SDK installed and on PATH?");
        }
    }

    static ProcessStartInfo StartInfo(string toolRoot, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = toolRoot, // where `dotnet tool run` finds .config/dotnet-tools.json
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--default-kernel", "csharp", "--working-dir", workingDirectory })
            start.ArgumentList.Add(arg);
        EngineEnvironment.ApplyTo(start);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return start;
    }

    async Task WaitUntilReadyAsync(string toolRoot, TimeSpan timeout, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(timeout);
        try
        {
            await foreach (var e in events.Reader.ReadAllAsync(deadline.Token))
            {
                if (e.Type == "KernelReady")
                    return;
            }
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new KernelStartException($"the dotnet-interactive kernel did not start within {timeout.TotalSeconds:0} s");
        }
        throw new KernelStartException(WhyItStopped(toolRoot));
    }

    string WhyItStopped(string toolRoot)
    {
        var stderr = StderrTail();
        if (stderr.Contains("dotnet tool restore"))
            return $"the dotnet-interactive tool is not installed: run `dotnet tool restore` in {toolRoot}";
        var lastLine = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
        return $"the dotnet-interactive kernel exited before it was ready: {lastLine ?? "no message"}";
    }

    /// <summary>Runs one cell's code and passes each of its events to <paramref name="onEvent"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was triggered.</exception>
    public async Task<SubmissionResult> SubmitAsync(string token, string code, string kernelName, TimeSpan timeout, Action<KernelEvent> onEvent, CancellationToken cancel)
    {
        var command = new JsonObject
        {
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = kernelName },
            ["token"] = token,
        };
        try
        {
            await process.StandardInput.WriteLineAsync(command.ToJsonString());
            await process.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            return SubmissionResult.KernelExited(StderrTail()); // it had already gone
        }
        return await CollectAsync(token, timeout, onEvent, cancel);
    }

    /// <summary>Interrupts the running cell, as a front end's stop button does.</summary>
    public async Task CancelAsync()
    {
        await process.StandardInput.WriteLineAsync("""{"commandType":"Cancel","command":{},"token":"cancel"}""");
        await process.StandardInput.FlushAsync();
    }

    async Task<SubmissionResult> CollectAsync(string token, TimeSpan timeout, Action<KernelEvent> onEvent, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(timeout);
        try
        {
            await foreach (var e in events.Reader.ReadAllAsync(deadline.Token))
            {
                if (!e.BelongsTo(token))
                    continue;
                onEvent(e);
                if (e.Token == token && e.Type == "CommandSucceeded")
                    return SubmissionResult.Succeeded;
                if (e.Token == token && e.Type == "CommandFailed")
                    return SubmissionResult.Failed(e.Message ?? "the command failed");
            }
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return SubmissionResult.TimedOut;
        }
        return SubmissionResult.KernelExited(StderrTail());
    }

    async Task ReadEventsAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (KernelEvent.TryParse(line) is { } e)
                events.Writer.TryWrite(e);
        }
        events.Writer.TryComplete();
    }

    async Task ReadStderrAsync()
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            lock (stderrTail)
            {
                stderrTail.Enqueue(line);
                if (stderrTail.Count > 20)
                    stderrTail.Dequeue();
            }
        }
    }

    string StderrTail()
    {
        lock (stderrTail)
            return string.Join('\n', stderrTail);
    }

    /// <summary>Asks the kernel to quit, and ends it and its child processes if it does not.</summary>
    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.WriteLine("""{"commandType":"Quit","command":{},"token":"quit"}""");
                process.StandardInput.Flush();
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (IOException)
        {
            // The kernel already closed its input: it is going away.
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}
