using Lottery.Contracts.Data;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>
/// Out-of-distribution sets from a folder in the CIFAR-10-C / CIFAR-100-C layout: &lt;corruption&gt;.npy holds uint8
/// images (5 x N, H, W, C), the N images of severity 1 first, then severity 2, ...; labels.npy holds their labels,
/// either for all 5 x N images or for one severity's N (the same test images at every severity). Only the images
/// asked for are read, and kept as bytes: they are normalised per batch.
/// </summary>
public static class CorruptedFiles
{
    public const string LabelsFile = "labels.npy";

    public static Dictionary<string, IBatchSource> Load(OutOfDistributionOptions options, long[] imageShape, ImageNormalization normalization, DatasetRequest request)
    {
        var folder = options.CorruptedDirectory!;
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"corrupted images folder not found: {folder} (set by CorruptedDirectory)");
        var labels = NpyFile.Open(Path.Combine(folder, LabelsFile));
        var names = options.Corruptions.Count > 0
            ? options.Corruptions
            : Directory.GetFiles(folder, "*.npy").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Where(name => name != Path.GetFileNameWithoutExtension(LabelsFile)).Order(StringComparer.Ordinal).ToList();
        var sets = new Dictionary<string, IBatchSource>();
        try
        {
            foreach (var name in names)
            {
                var images = NpyFile.Open(Path.Combine(folder, $"{name}.npy"));
                var perSeverity = ImagesPerSeverity(images, imageShape);
                foreach (var severity in options.SeverityLevels)
                {
                    var start = (severity - 1) * perSeverity;
                    var count = Math.Min(options.CorruptedImages, perSeverity);
                    sets[$"{name}/{severity}"] = Read(images, labels, start, count, perSeverity, normalization, request);
                }
            }
            return sets;
        }
        catch
        {
            foreach (var set in sets.Values) ((IDisposable)set).Dispose();
            throw;
        }
    }

    /// <summary>N, after checking the file holds (5 x N, H, W, C) images of the dataset's (C, H, W).</summary>
    private static long ImagesPerSeverity(NpyFile images, long[] imageShape)
    {
        var (c, h, w) = (imageShape[0], imageShape[1], imageShape[2]);
        if (images.Descr[1..] != "u1" || images.Shape.Length != 4 || images.Shape[1] != h || images.Shape[2] != w || images.Shape[3] != c || images.Shape[0] % Severity.Levels != 0)
        {
            throw new InvalidDataException(
                $".npy file {images.Path} holds '{images.Descr}' ({string.Join(", ", images.Shape)}); expected uint8 images (5 x N, {h}, {w}, {c}) for this dataset");
        }
        return images.Shape[0] / Severity.Levels;
    }

    private static MappedImageSource Read(NpyFile images, NpyFile labels, long start, long count, long perSeverity, ImageNormalization normalization, DatasetRequest request)
    {
        // Labels for one severity serve every severity: the same test images, corrupted more.
        var labelStart = labels.Shape[0] == images.Shape[0] ? start
            : labels.Shape[0] == perSeverity ? 0
            : throw new InvalidDataException($".npy file {labels.Path} has {labels.Shape[0]} labels; expected {images.Shape[0]} or {perSeverity} for {images.Path}");
        using var scope = NewDisposeScope();
        var bytes = frombuffer(images.ReadRows(start, count), ScalarType.Byte, [count, images.Shape[1], images.Shape[2], images.Shape[3]]);
        var stored = new InMemoryImageSource(
            bytes.permute(0, 3, 1, 2).contiguous().to(request.Device),
            tensor(labels.ReadIntegers(labelStart, count)).to(request.Device));
        return new MappedImageSource(stored, request.Seed, (inputs, _) => normalization.Apply(inputs));
    }
}
