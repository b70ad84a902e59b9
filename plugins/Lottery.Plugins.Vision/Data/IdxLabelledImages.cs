using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// A pair of IDX files as MNIST-style datasets ship them: images (N, H, W) of unsigned bytes and their
/// class labels (N), checked against each other and against the class count.
/// </summary>
public static class IdxLabelledImages
{
    /// <summary>The raw images as uint8 (N, 1, H, W) and the labels as int64 (N), in the current dispose scope.</summary>
    public static (Tensor Images, Tensor Labels) Read(string imagesPath, string labelsPath, int classes)
    {
        var images = IdxFile.Read(imagesPath);
        var labels = IdxFile.Read(labelsPath);
        if (images.Dimensions.Length != 3)
        {
            throw new InvalidDataException($"{imagesPath}: expected 3 dimensions (N, H, W), got {images.Dimensions.Length}");
        }
        if (labels.Dimensions.Length != 1 || labels.Dimensions[0] != images.Dimensions[0])
        {
            throw new InvalidDataException(
                $"{labelsPath}: expected {images.Dimensions[0]} labels to match {imagesPath}, got dimensions [{string.Join(", ", labels.Dimensions)}]");
        }
        var outOfRange = Array.FindIndex(labels.Data, label => label >= classes);
        if (outOfRange >= 0)
        {
            throw new InvalidDataException($"{labelsPath}: label {labels.Data[outOfRange]} at index {outOfRange} is outside 0..{classes - 1}");
        }
        return (
            tensor(images.Data, [images.Dimensions[0], 1, images.Dimensions[1], images.Dimensions[2]]),
            tensor(labels.Data).to(int64));
    }
}
