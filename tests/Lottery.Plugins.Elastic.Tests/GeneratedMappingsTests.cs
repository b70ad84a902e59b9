namespace Lottery.Plugins.Elastic.Tests;

public sealed class GeneratedMappingsTests
{
    private static StageDepth Stage(int source, int target) => new(2, "layer2", source, target);

    [Fact]
    public void Stretch_append_repeats_the_free_blocks_after_themselves()
    {
        Assert.Equal([0, 1, 2, 1, 2], GeneratedMappings.StretchAppend(Stage(3, 5)));
        Assert.Equal([0, 1, 2, 3, 4, 1, 2, 3, 4], GeneratedMappings.StretchAppend(Stage(5, 9)));
    }

    [Fact]
    public void Stretch_interpolate_puts_each_copy_next_to_its_source()
    {
        Assert.Equal([0, 1, 1, 2, 2], GeneratedMappings.StretchInterpolate(Stage(3, 5)));
        Assert.Equal([0, 1, 1, 1], GeneratedMappings.StretchInterpolate(Stage(2, 4)));
    }

    [Fact]
    public void Stretching_uses_every_free_block_and_evens_out_the_copies()
    {
        // 4 free blocks into 6 slots: every block at least once, two of them twice (the earlier ones).
        Assert.Equal([0, 1, 1, 2, 2, 3, 4], GeneratedMappings.StretchInterpolate(Stage(5, 7)));
        Assert.Equal([0, 1, 2, 3, 4, 1, 2], GeneratedMappings.StretchAppend(Stage(5, 7)));
        // ResNet-20 -> ResNet-56: 2 free blocks into 8 slots, 4 copies each.
        Assert.Equal([0, 1, 1, 1, 1, 2, 2, 2, 2], GeneratedMappings.StretchInterpolate(Stage(3, 9)));
    }

    [Fact]
    public void Squeeze_last_keeps_the_first_blocks()
    {
        Assert.Equal([0, 1, 2, 3, 4], GeneratedMappings.SqueezeLast(Stage(9, 5)));
        Assert.Equal([0], GeneratedMappings.SqueezeLast(Stage(2, 1)));
    }

    [Fact]
    public void Squeeze_interleave_keeps_evenly_spread_blocks_from_the_first_free_one()
    {
        Assert.Equal([0, 1, 3, 5, 7], GeneratedMappings.SqueezeInterleave(Stage(9, 5)));
        Assert.Equal([0, 1, 3], GeneratedMappings.SqueezeInterleave(Stage(5, 3)));
        Assert.Equal([0, 1, 2, 4, 5, 7], GeneratedMappings.SqueezeInterleave(Stage(9, 6)));
    }

    [Fact]
    public void Same_depths_map_every_block_to_itself()
    {
        foreach (var generate in new Func<StageDepth, int[]>[] {
            GeneratedMappings.StretchAppend, GeneratedMappings.StretchInterpolate, GeneratedMappings.SqueezeLast, GeneratedMappings.SqueezeInterleave })
        {
            Assert.Equal([0, 1, 2, 3], generate(Stage(4, 4)));
        }
    }

    [Fact]
    public void Impossible_directions_are_named()
    {
        Assert.Contains("stage 2 (layer2): cannot stretch 5 source blocks into 3: the target is shallower",
            Assert.Throws<ArgumentException>(() => GeneratedMappings.StretchAppend(Stage(5, 3))).Message);
        Assert.Contains("stage 2 (layer2): cannot squeeze 3 source blocks into 5: the target is deeper",
            Assert.Throws<ArgumentException>(() => GeneratedMappings.SqueezeLast(Stage(3, 5))).Message);
        // ResNet-8 has one block per stage: nothing that may be replicated.
        Assert.Contains("stage 2 (layer2): cannot stretch 1 source block into 2: the source stage has only block 0",
            Assert.Throws<ArgumentException>(() => GeneratedMappings.StretchInterpolate(Stage(1, 2))).Message);
    }
}
