namespace NeuralScratch.Cli.Notebooks;

/// <summary>Writes files so that a reader never sees half of one.</summary>
internal static class AtomicFile
{
    /// <summary>Writes to a temporary file in the same folder, then renames it over the target.</summary>
    public static void WriteAllText(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
