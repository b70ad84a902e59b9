using Lottery.Contracts.Data;
using Lottery.Plugins.Vision.Data;

namespace Lottery.Plugins.Vision.Tests;

/// <summary>Batches of a 10-example source whose image i is the single pixel i and whose label is i.</summary>
public sealed class InMemoryImageSourceTests
{
    private const int Count = 10;

    private static InMemoryImageSource Source(IBatchAugmentation? augmentation = null)
    {
        using var scope = NewDisposeScope();
        return new InMemoryImageSource(arange(Count, float32).view(Count, 1, 1, 1), arange(Count), augmentation);
    }

    /// <summary>The image values of one epoch, batch by batch, checking each label still matches its image.</summary>
    private static List<float[]> Epoch(IBatchSource source, int batchSize, Generator? order = null, bool augment = false)
    {
        using var scope = NewDisposeScope();
        var batches = new List<float[]>();
        foreach (var batch in source.Batches(batchSize, order, augment))
        {
            var images = batch.Inputs.flatten().data<float>();
            Assert.Equal(images.Select(v => (long)v % 100), batch.Labels.data<long>());
            batches.Add(images);
        }
        return batches;
    }

    [Fact]
    public void Without_an_order_batches_are_sequential_and_the_last_is_smaller()
    {
        using var source = Source();
        var batches = Epoch(source, 4);
        Assert.Equal([4, 4, 2], batches.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, Count).Select(i => (float)i), batches.SelectMany(b => b));
    }

    [Fact]
    public void With_an_order_every_example_comes_once_per_epoch_shuffled()
    {
        using var source = Source();
        using var order = new Generator(3);
        var first = Epoch(source, 3, order).SelectMany(b => b).ToList();
        var second = Epoch(source, 3, order).SelectMany(b => b).ToList();
        foreach (var epoch in new[] { first, second })
        {
            Assert.Equal(Enumerable.Range(0, Count).Select(i => (float)i), epoch.Order());
        }
        Assert.NotEqual(Enumerable.Range(0, Count).Select(i => (float)i), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_order_is_reproducible_from_the_generator_state()
    {
        using var source = Source();
        using var order = new Generator(11);
        using var state = order.get_state();
        var first = Epoch(source, 4, order);
        order.set_state(state);
        Assert.Equal(first, Epoch(source, 4, order));
        using var sameSeed = new Generator(11);
        Assert.Equal(first, Epoch(source, 4, sameSeed));
    }

    [Fact]
    public void Batches_belong_to_the_callers_scope_and_nothing_else_is_left_alive()
    {
        using var source = Source();
        using var order = new Generator(5);
        var before = LiveTensorCount;
        var batches = new List<Batch>();
        using (var scope = NewDisposeScope())
        {
            batches.AddRange(source.Batches(4, order));
            Assert.Equal(6, scope.Count);
        }
        Assert.All(batches, b => Assert.True(b.Inputs.IsDisposed && b.Labels.IsDisposed));
        Assert.Equal(before, LiveTensorCount);
    }

    [Fact]
    public void Augmentation_applies_only_when_asked_for()
    {
        using var source = Source(new PlusHundred());
        Assert.Equal(Enumerable.Range(0, Count).Select(i => i + 100f), Epoch(source, 4, augment: true).SelectMany(b => b));
        Assert.Equal(Enumerable.Range(0, Count).Select(i => (float)i), Epoch(source, 4).SelectMany(b => b));
    }

    [Fact]
    public void A_bad_batch_size_fails_where_it_is_passed()
    {
        using var source = Source();
        Assert.Throws<ArgumentOutOfRangeException>(() => source.Batches(0));
    }

    [Fact]
    public void Images_and_labels_must_agree_in_shape()
    {
        using var scope = NewDisposeScope();
        Assert.Contains("(N, C, H, W)", Assert.Throws<ArgumentException>(() => new InMemoryImageSource(zeros(4, 2), arange(4))).Message);
        Assert.Contains("N = 4", Assert.Throws<ArgumentException>(() => new InMemoryImageSource(zeros(4, 1, 2, 2), arange(3))).Message);
    }

    private sealed class PlusHundred : IBatchAugmentation
    {
        public Tensor Apply(Tensor inputs, Generator? generator) => inputs.add(100);
    }
}
