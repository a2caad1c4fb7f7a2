using System.Buffers.Binary;
using System.IO.Compression;

namespace NeuralScratch.Plots.Tests;

/// <summary>A decoded image: <see cref="Pixels"/>[y][x] is (R, G, B, A).</summary>
public sealed record Image(int Width, int Height, (byte R, byte G, byte B, byte A)[][] Pixels)
{
    public (byte R, byte G, byte B, byte A) this[int x, int y] => Pixels[y][x];

    /// <summary>Brightness from 0 (black) to 255 (white), transparency counted as white paper.</summary>
    public double Luminance(int x, int y)
    {
        var (r, g, b, a) = this[x, y];
        double Over(byte c) => 255 - (255 - c) * a / 255.0;
        return 0.299 * Over(r) + 0.587 * Over(g) + 0.114 * Over(b);
    }
}

/// <summary>
/// Just enough of PNG to read what Chromium writes: 8-bit greyscale, RGB, grey+alpha or RGBA,
/// not interlaced; the IDAT chunks are one zlib stream, each row led by its filter type.
/// </summary>
public static class Png
{
    static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static Image Decode(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature)) throw new FormatException("not a PNG file: the signature is wrong");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (int at = 8; at < file.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                byte bitDepth = data[8], colorType = data[9], interlace = data[12];
                channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
                if (bitDepth != 8 || channels == 0 || interlace != 0)
                    throw new NotSupportedException($"PNG with bit depth {bitDepth}, colour type {colorType}, interlace {interlace}: this decoder reads 8-bit, non-interlaced grey/RGB(A) only");
            }
            else if (type == "IDAT") compressed.Write(data);
            else if (type == "IEND") break;
            at += 12 + length; // length, type, data, CRC
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        byte[] raw = inflated.ToArray();

        int stride = width * channels;
        var previous = new byte[stride];
        var pixels = new (byte, byte, byte, byte)[height][];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            Unfilter(filter, row, previous, channels);
            pixels[y] = Enumerable.Range(0, width).Select(x => Pixel(row, x * channels, channels)).ToArray();
            previous = row;
        }
        return new Image(width, height, pixels);
    }

    /// <summary>Undoes a row's filter: each byte was stored minus a prediction from its left, upper and upper-left neighbours.</summary>
    static void Unfilter(byte filter, byte[] row, byte[] above, int bpp)
    {
        for (int i = 0; i < row.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0, up = above[i], upLeft = i >= bpp ? above[i - bpp] : 0;
            int prediction = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new FormatException($"unknown PNG filter type {filter}"),
            };
            row[i] = (byte)(row[i] + prediction);
        }
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    static (byte, byte, byte, byte) Pixel(byte[] row, int at, int channels) => channels switch
    {
        1 => (row[at], row[at], row[at], 255),
        2 => (row[at], row[at], row[at], row[at + 1]),
        3 => (row[at], row[at + 1], row[at + 2], 255),
        _ => (row[at], row[at + 1], row[at + 2], row[at + 3]),
    };
}
