using StbImageSharp;

namespace NeuralScratch.TestSupport;

/// <summary>A decoded picture: <c>image[x, y]</c> is (R, G, B, A).</summary>
public sealed class Image(int width, int height, byte[] rgba)
{
    public int Width => width;
    public int Height => height;

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            int at = 4 * (y * width + x);
            return (rgba[at], rgba[at + 1], rgba[at + 2], rgba[at + 3]);
        }
    }

    /// <summary>Brightness from 0 (black) to 255 (white), transparency counted as white paper.</summary>
    public double Luminance(int x, int y)
    {
        var (r, g, b, a) = this[x, y];
        double Over(byte c) => 255 - (255 - c) * a / 255.0;
        return 0.299 * Over(r) + 0.587 * Over(g) + 0.114 * Over(b);
    }
}

/// <summary>PNG files read with StbImageSharp (a port of stb_image), every colour type as RGBA.</summary>
public static class Png
{
    public static Image Decode(byte[] file)
    {
        ImageResult result = ImageResult.FromMemory(file, ColorComponents.RedGreenBlueAlpha);
        return new Image(result.Width, result.Height, result.Data);
    }
}
