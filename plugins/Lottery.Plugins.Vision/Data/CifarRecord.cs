using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The record layout of a file of CIFAR's binary version: fixed-size records, each its label byte(s) followed by
/// a 32x32 colour image as three planes (red, green, blue) of rows. CIFAR-10 has one label byte; CIFAR-100 two
/// (coarse, fine), of which <see cref="LabelIndex"/> says which one the dataset classifies by.
/// </summary>
/// <param name="LabelBytes">Label bytes before each image.</param>
/// <param name="LabelIndex">Which of them is the label (0-based).</param>
/// <param name="Classes">Labels must lie in 0..Classes-1.</param>
/// <param name="LabelName">What the label is called in messages ("label", "fine label").</param>
public sealed record CifarRecord(int LabelBytes, int LabelIndex, int Classes, string LabelName)
{
    public const int Channels = 3;

    public const int Side = 32;

    public const int ImageBytes = Channels * Side * Side;

    public int RecordBytes => LabelBytes + ImageBytes;

    /// <summary>The layout in words, for messages about a file that does not follow it.</summary>
    public string Description =>
        $"records of {RecordBytes} bytes ({LabelBytes} label byte{(LabelBytes == 1 ? "" : "s")} + {ImageBytes} pixel bytes: R, G, B planes of {Side}x{Side})";

    /// <summary>A file's images as uint8 (N, 3, 32, 32) and labels as int64 (N), in the current dispose scope.</summary>
    public (Tensor Images, Tensor Labels) Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"CIFAR file not found: {path} (expected {Description})", path);
        // Checked before reading, so a wrong file (e.g. the Python version's pickles) fails without loading it.
        var length = new FileInfo(path).Length;
        if (length == 0 || length % RecordBytes != 0)
        {
            throw new InvalidDataException(
                $"CIFAR file {path} has {length} bytes, not a whole number of records: expected {Description}, a positive multiple of " +
                $"{RecordBytes}; it holds {length / RecordBytes} records and {length % RecordBytes} bytes over");
        }
        var bytes = File.ReadAllBytes(path);
        var count = bytes.Length / RecordBytes;
        for (var record = 0; record < count; record++)
        {
            var label = bytes[record * RecordBytes + LabelIndex];
            if (label >= Classes)
            {
                throw new InvalidDataException(
                    $"CIFAR file {path}: {LabelName} {label} of record {record} (byte {LabelIndex} of each {RecordBytes}-byte record) is outside 0..{Classes - 1}");
            }
        }
        using var records = tensor(bytes, [count, RecordBytes]);
        return (
            records.narrow(1, LabelBytes, ImageBytes).reshape(count, Channels, Side, Side),
            records.select(1, LabelIndex).to(int64));
    }
}
