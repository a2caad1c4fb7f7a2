using System.Buffers.Binary;
using System.IO.Compression;

namespace NeuralScratch.Plots.Tests;

public class PngTests
{
    [Fact]
    public void Decodes_what_was_encoded_with_every_filter_type()
    {
        var random = new Random(7);
        int width = 9, height = 10;
        var pixels = Enumerable.Range(0, height).Select(_ => Enumerable.Range(0, width)
            .Select(_ => ((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256))).ToArray()).ToArray();

        Image decoded = Png.Decode(Encode(width, height, pixels));

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (int y = 0; y < height; y++)
            Assert.Equal(pixels[y], decoded.Pixels[y]);
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_png() =>
        Assert.Throws<FormatException>(() => Png.Decode("GIF89a and more bytes"u8.ToArray()));

    /// <summary>An RGBA PNG whose row y uses filter y % 5 (None, Sub, Up, Average, Paeth).</summary>
    static byte[] Encode(int width, int height, (byte, byte, byte, byte)[][] pixels)
    {
        int stride = width * 4;
        var raw = new MemoryStream();
        var above = new byte[stride];
        for (int y = 0; y < height; y++)
        {
            byte[] row = pixels[y].SelectMany(p => new[] { p.Item1, p.Item2, p.Item3, p.Item4 }).ToArray();
            byte filter = (byte)(y % 5);
            raw.WriteByte(filter);
            for (int i = 0; i < stride; i++)
            {
                int left = i >= 4 ? row[i - 4] : 0, up = above[i], upLeft = i >= 4 ? above[i - 4] : 0;
                int prediction = filter switch { 0 => 0, 1 => left, 2 => up, 3 => (left + up) / 2, _ => Paeth(left, up, upLeft) };
                raw.WriteByte((byte)(row[i] - prediction));
            }
            above = row;
        }
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw.ToArray());

        var file = new MemoryStream();
        file.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; header[9] = 6; // 8 bits, RGBA
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    static void Chunk(Stream file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        file.Write(System.Text.Encoding.ASCII.GetBytes(type));
        file.Write(data);
        file.Write(new byte[4]); // the decoder does not check CRCs
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
