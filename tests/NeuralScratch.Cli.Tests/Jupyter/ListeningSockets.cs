using System.Globalization;
using System.Net;

namespace NeuralScratch.Cli.Tests.Jupyter;

/// <summary>
/// The TCP sockets a process and its children listen on, read from Linux's /proc: each process's open
/// sockets (/proc/PID/fd) matched with the listening ones of /proc/net/tcp and tcp6.
/// </summary>
internal static class ListeningSockets
{
    public static bool Readable => File.Exists("/proc/net/tcp");

    /// <summary>Every address and port that <paramref name="pid"/> or a process it started listens on.</summary>
    public static IReadOnlyList<IPEndPoint> Of(int pid)
    {
        HashSet<string> inodes = Tree(pid).SelectMany(SocketInodes).ToHashSet();
        return new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists)
            .SelectMany(table => File.ReadLines(table).Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == "0A" && inodes.Contains(fields[9])) // 0A: LISTEN; field 9: the socket's inode
            .Select(fields => EndPoint(fields[1]))
            .ToList();
    }

    // The process and all its descendants, from each process's parent in /proc/PID/stat.
    static IEnumerable<int> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(folder), out int pid))
                try
                {
                    string stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture); // after "(name) state"
                }
                catch (IOException) { } // it ended meanwhile
        var tree = new List<int> { root };
        for (int i = 0; i < tree.Count; i++)
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        return tree;
    }

    static IEnumerable<string> SocketInodes(int pid)
    {
        string[] links;
        try { links = Directory.GetFiles($"/proc/{pid}/fd"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
        return links.Select(link => new FileInfo(link).LinkTarget ?? "") // "socket:[12345]" for a socket
            .Where(target => target.StartsWith("socket:[")).Select(target => target["socket:[".Length..^1]);
    }

    // "0100007F:0802" is 127.0.0.1:2050: the address as the kernel stores it (32-bit words in this machine's order), the port in hex.
    static IPEndPoint EndPoint(string field)
    {
        string[] parts = field.Split(':');
        byte[] address = Enumerable.Range(0, parts[0].Length / 8)
            .SelectMany(w => BitConverter.GetBytes(uint.Parse(parts[0].Substring(w * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
            .ToArray();
        return new IPEndPoint(new IPAddress(address), int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
