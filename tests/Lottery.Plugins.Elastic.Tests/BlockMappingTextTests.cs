namespace Lottery.Plugins.Elastic.Tests;

public sealed class BlockMappingTextTests
{
    /// <summary>The paper's ResNet-32 -> ResNet-56: 5 blocks per stage into 9.</summary>
    private const string Resnet32To56 = "0:0;1:1,2;2:3,4;3:5,6;4:7,8";

    private static IReadOnlyList<StageDepth> Stages(int source, int target, int count = 3) =>
        Enumerable.Range(1, count).Select(s => new StageDepth(s, $"layer{s}", source, target)).ToList();

    private static string Error(string text, IReadOnlyList<StageDepth> stages) =>
        Assert.Throws<ArgumentException>(() => BlockMappingText.Parse(text).Resolve(stages)).Message;

    [Fact]
    public void The_papers_resnet32_to_resnet56_mapping_replicates_each_free_block_in_place()
    {
        var mapping = BlockMappingText.Parse(Resnet32To56).Resolve(Stages(5, 9));
        var expected = new[] { 0, 1, 1, 2, 2, 3, 3, 4, 4 };
        Assert.All(mapping.SourceOf, stage => Assert.Equal(expected, stage));
        Assert.Equal($"{Resnet32To56}|{Resnet32To56}|{Resnet32To56}", mapping.ToString());
    }

    [Fact]
    public void The_papers_mapping_is_what_stretch_interpolate_generates()
    {
        var stages = Stages(5, 9);
        Assert.Equal(
            BlockMappingText.Parse(Resnet32To56).Resolve(stages).ToString(),
            new StretchInterpolateTransformer().Mapping(stages).ToString());
    }

    [Fact]
    public void One_part_per_stage_maps_each_stage_its_own_way_and_tolerates_spaces()
    {
        var mapping = BlockMappingText.Parse("0:0; 1:1,2 | 0:0;2:1;1:2 | 0:0;1:1;2:2").Resolve(Stages(3, 3));
        Assert.Equal([0, 1, 1], mapping.SourceOf[0]);
        Assert.Equal([0, 2, 1], mapping.SourceOf[1]);
        Assert.Equal([0, 1, 2], mapping.SourceOf[2]);
    }

    [Fact]
    public void Squeeze_mappings_drop_the_source_blocks_they_leave_out()
    {
        // ResNet-56 -> ResNet-32 by hand: blocks 2, 4, 6 and 8 dropped.
        var mapping = BlockMappingText.Parse("0:0;1:1;3:2;5:3;7:4").Resolve(Stages(9, 5));
        Assert.Equal([0, 1, 3, 5, 7], mapping.SourceOf[2]);
        Assert.Equal(mapping.ToString(), new SqueezeInterleaveTransformer().Mapping(Stages(9, 5)).ToString());
    }

    [Theory]
    [InlineData("", "the block mapping is empty")]
    [InlineData("0:0;1-1,2", "block mapping '0:0;1-1,2': stage part 1: '1-1,2' is not of the form src:dst[,dst...]")]
    [InlineData("0:0;1:1,x", "stage part 1: '1:1,x' is not of the form")]
    [InlineData("0:0;1:1;|0:0;1:1", "stage part 1: '' is not of the form")]
    [InlineData("0:0;-1:1", "'-1:1' is not of the form")]
    public void Malformed_text_names_the_part_and_entry(string text, string message)
    {
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => BlockMappingText.Parse(text)).Message);
    }

    [Theory]
    [InlineData("0:0;1:1,2;5:3,4", "stage 1 (layer1): source block 5 is out of range: the source stage has blocks 0..2")]
    [InlineData("0:0;1:1,2;2:3,5", "stage 1 (layer1): target block 5 is out of range: the target stage has blocks 0..4")]
    [InlineData("0:0;1:1,2;2:2,3,4", "stage 1 (layer1): target block 2 is filled twice, by source blocks 1 and 2")]
    [InlineData("0:0;1:1,2;2:3", "stage 1 (layer1): target block 4 is not filled")]
    [InlineData("0:0;1:1,2;1:3,4", "stage 1 (layer1): source block 1 is listed twice")]
    [InlineData("0:0,1;1:2;2:3,4", "stage 1 (layer1): target block 1 is filled by source block 0, but block 0 changes the resolution or width and maps one to one (0:0) only")]
    [InlineData("1:0;0:1;2:2,3,4", "stage 1 (layer1): target block 0 is filled by source block 1")]
    [InlineData("0:0;1:1,2;2:3,4|0:0;1:1,2;2:3,4", "has 2 stage parts (separated by '|') but the networks have 3 stages")]
    [InlineData("0:0;1:1,2;2:3,4|0:0;1:1,2;2:3,4|0:0;1:1;2:3,4", "stage 3 (layer3): target block 2 is not filled")]
    public void Mappings_that_do_not_fit_the_networks_name_the_stage_and_block(string text, string message)
    {
        Assert.Contains(message, Error(text, Stages(3, 5)));
    }

    [Fact]
    public void The_options_reject_a_malformed_mapping_at_start_naming_the_key()
    {
        var options = new BlockMappingOptions { Mapping = "0:0;1" };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        Assert.False(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true));
        var result = Assert.Single(results);
        Assert.Equal([nameof(BlockMappingOptions.Mapping)], result.MemberNames);
        Assert.Contains("'1' is not of the form", result.ErrorMessage);
    }
}
