using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data.OutOfDistribution;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// The splits of an image dataset read as bytes: validation is held out of the training images by the request's
/// seed, and all three splits are normalised by the training statistics and placed on the request's device.
/// Only the training split is augmented: validation and test measure the network, not the augmentation. The
/// out-of-distribution sets are the test split corrupted, as the options ask.
/// </summary>
public static class ImageSplits
{
    /// <param name="train">uint8 images (N, C, H, W) and int64 labels (N); left to the caller's dispose scope.</param>
    /// <param name="test">As train.</param>
    /// <param name="augmentation">What augmented training batches apply; null for none.</param>
    /// <param name="outOfDistribution">Which out-of-distribution sets to offer; null for none.</param>
    public static DatasetSplits Create(
        (Tensor Images, Tensor Labels) train,
        (Tensor Images, Tensor Labels) test,
        int classes,
        ImageNormalization normalization,
        int validationSize,
        DatasetRequest request,
        IBatchAugmentation? augmentation = null,
        OutOfDistributionOptions? outOfDistribution = null)
    {
        using var scope = NewDisposeScope();
        var (trainIndices, validationIndices) = HeldOutSplit.Indices(train.Labels.shape[0], validationSize, request.Seed);
        // Selected while still bytes, so only a quarter of the float data crosses to an accelerator.
        var testSource = Source(test.Images, test.Labels, normalization, request, null);
        return new DatasetSplits(
            train.Images.shape[1..],
            classes,
            Source(train.Images.index_select(0, trainIndices), train.Labels.index_select(0, trainIndices), normalization, request, augmentation),
            Source(train.Images.index_select(0, validationIndices), train.Labels.index_select(0, validationIndices), normalization, request, null),
            testSource,
            OutOfDistributionSets.Create(outOfDistribution, testSource, normalization, request));
    }

    private static InMemoryImageSource Source(
        Tensor images, Tensor labels, ImageNormalization normalization, DatasetRequest request, IBatchAugmentation? augmentation) =>
        new(normalization.Apply(images.to(request.Device)), labels.to(request.Device), augmentation);
}
