using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>The batched crop-and-flip on images of distinct random values, checked against <see cref="CropOracle"/>.</summary>
public sealed class RandomCropAndFlipTests
{
    private const int Channels = 3, Height = 5, Width = 6, Padding = 2;
    private static readonly float[] Fill = [-1.5f, 0.25f, 7f];

    private static readonly RandomCropAndFlip Augmentation = new(Padding, Fill);
    private static readonly CropOracle Oracle = new(Channels, Height, Width, Padding, Fill);

    /// <summary>count images of distinct values (so that at most one draw explains an augmented image).</summary>
    private static Tensor Images(int count, int seed = 1)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, count * Channels * Height * Width).Select(_ => (float)random.NextDouble()).ToArray();
        return tensor(values, [count, Channels, Height, Width]);
    }

    private static float[] Image(Tensor images, int i)
    {
        using var image = images[i];
        return image.data<float>();
    }

    [Fact]
    public void Crop_matches_the_direct_computation_for_given_draws()
    {
        using var scope = NewDisposeScope();
        var images = Images(4);
        int[] tops = [0, 4, 2, 1], lefts = [4, 0, 2, 3];
        bool[] flips = [false, true, false, true];
        var crops = Augmentation.Crop(images, tensor(tops.Select(t => (long)t).ToArray()), tensor(lefts.Select(l => (long)l).ToArray()), tensor(flips));
        Assert.Equal(images.shape, crops.shape);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Oracle.Crop(Image(images, i), tops[i], lefts[i], flips[i]), Image(crops, i));
        }
        // The centred, unflipped crop is the image itself.
        Assert.Equal(Image(images, 2), Image(crops, 2));
    }

    [Fact]
    public void Each_augmented_image_is_a_padded_shifted_and_possibly_flipped_copy_of_its_source()
    {
        using var scope = NewDisposeScope();
        var images = Images(64);
        using var generator = new Generator(5);
        var augmented = Augmentation.Apply(images, generator);
        Assert.Equal(images.shape, augmented.shape);
        var draws = Enumerable.Range(0, 64).Select(i => Assert.Single(Oracle.Draws(Image(images, i), Image(augmented, i)))).ToList();
        // The draws differ between the examples of a batch, and cover both orientations.
        Assert.True(draws.Select(d => (d.Top, d.Left)).Distinct().Count() > 10);
        Assert.Contains(draws, d => d.Flip);
        Assert.Contains(draws, d => !d.Flip);
    }

    [Fact]
    public void The_augmentation_is_reproducible_from_the_generator_state()
    {
        using var scope = NewDisposeScope();
        var images = Images(16);
        using var generator = new Generator(9);
        using var state = generator.get_state();
        var first = Augmentation.Apply(images, generator).data<float>();
        Assert.NotEqual(first, Augmentation.Apply(images, generator).data<float>());
        generator.set_state(state);
        Assert.Equal(first, Augmentation.Apply(images, generator).data<float>());
        using var sameSeed = new Generator(9);
        Assert.Equal(first, Augmentation.Apply(images, sameSeed).data<float>());
    }

    [Fact]
    public void The_inputs_are_left_unchanged_and_nothing_leaks()
    {
        using var images = Images(8);
        var before = images.data<float>();
        using var generator = new Generator(2);
        var live = LiveTensorCount;
        using (var scope = NewDisposeScope())
        {
            Augmentation.Apply(images, generator);
            Assert.Equal(1, scope.Count);
        }
        Assert.Equal(live, LiveTensorCount);
        Assert.Equal(before, images.data<float>());
    }

    [Fact]
    public void Batches_are_augmented_only_when_asked_for()
    {
        using var scope = NewDisposeScope();
        using var source = new InMemoryImageSource(Images(10), arange(10), Augmentation);
        using var order = new Generator(4);
        using var state = order.get_state();
        var plain = source.Batches(4, order).ToList();
        order.set_state(state);
        var augmented = source.Batches(4, order, augment: true).ToList();
        // The same examples in the same order: the permutation is drawn before any crop.
        Assert.Equal(plain.Select(b => b.Labels.data<long>()), augmented.Select(b => b.Labels.data<long>()));
        foreach (var (p, a) in plain.Zip(augmented))
        {
            Assert.Equal(p.Inputs.shape, a.Inputs.shape);
            Assert.Equal(source.Images.index_select(0, p.Labels).data<float>(), p.Inputs.data<float>());
            for (var i = 0; i < p.Inputs.shape[0]; i++) Assert.NotEmpty(Oracle.Draws(Image(p.Inputs, i), Image(a.Inputs, i)));
        }
        Assert.Equal(source.Images.data<float>(), source.Batches(10).Single().Inputs.data<float>());
    }

    [Fact]
    public void Inputs_must_have_a_fill_value_per_channel()
    {
        using var scope = NewDisposeScope();
        var error = Assert.Throws<ArgumentException>(() => Augmentation.Apply(zeros(2, 1, 4, 4), null));
        Assert.Contains("(N, 3, H, W)", error.Message);
    }
}
