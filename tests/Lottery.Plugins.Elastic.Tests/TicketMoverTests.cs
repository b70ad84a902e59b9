using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using static Lottery.Plugins.Elastic.Tests.Networks;

namespace Lottery.Plugins.Elastic.Tests;

public sealed class TicketMoverTests
{
    private static Ticket Move(MappingTransformer transformer, Ticket source, ArchitectureModel sourceModel, ArchitectureModel target) =>
        transformer.Transform(Context(source, sourceModel, target));

    private static void AssertSameTensor(Ticket target, string targetName, Ticket source, string sourceName)
    {
        Assert.True(Equal(target.Weights[targetName], source.Weights[sourceName]), $"{targetName} differs from {sourceName}");
        Assert.Equal(source.Mask.Tensors.ContainsKey(sourceName), target.Mask.Tensors.ContainsKey(targetName));
        if (source.Mask.Tensors.ContainsKey(sourceName)) Assert.True(Equal(target.Mask[targetName], source.Mask[sourceName]), $"mask of {targetName}");
    }

    [Theory]
    [InlineData("block-mapping")]
    [InlineData("stretch-append")]
    [InlineData("squeeze-interleave")]
    public void An_identity_mapping_gives_a_ticket_equal_to_its_source(string strategy)
    {
        using var sourceModel = CifarResNet("20");
        using var target = CifarResNet("20");
        using var source = RandomTicket(sourceModel, 1);
        MappingTransformer transformer = strategy switch
        {
            "block-mapping" => new BlockMappingTransformer(new BlockMappingOptions { Mapping = "0:0;1:1;2:2" }),
            "stretch-append" => new StretchAppendTransformer(),
            _ => new SqueezeInterleaveTransformer(),
        };
        using var moved = Move(transformer, source, sourceModel, target);
        Assert.Equal(source.Weights.Names, moved.Weights.Names);
        Assert.Equal(source.Mask.Names, moved.Mask.Names);
        foreach (var name in source.Weights.Names) AssertSameTensor(moved, name, source, name);
        Assert.Equal(source.Density, moved.Density);
        Assert.Equal(target.Spec, moved.Architecture);
        Assert.Equal(new TicketProvenance("test", 3, strategy, "cifar-resnet-20"), moved.Provenance);
    }

    [Fact]
    public void A_stretched_tickets_replicated_blocks_equal_their_sources_tensor_by_tensor()
    {
        using var sourceModel = CifarResNet("20");
        using var target = CifarResNet("32");
        using var source = RandomTicket(sourceModel, 2);
        using var moved = Move(new StretchInterpolateTransformer(), source, sourceModel, target);
        int[] sourceOf = [0, 1, 1, 2, 2];
        var blockTensors = new[] { "conv1.weight", "bn1.weight", "bn1.bias", "bn1.running_mean", "bn1.running_var", "bn1.num_batches_tracked",
            "conv2.weight", "bn2.weight", "bn2.bias", "bn2.running_mean", "bn2.running_var" };
        foreach (var stage in new[] { 1, 2, 3 })
        {
            for (var block = 0; block < 5; block++)
            {
                foreach (var tensor in blockTensors) AssertSameTensor(moved, $"layer{stage}.{block}.{tensor}", source, $"layer{stage}.{sourceOf[block]}.{tensor}");
            }
        }
        foreach (var tensor in new[] { "conv.weight", "bn.weight", "bn.bias", "bn.running_mean", "bn.running_var" })
        {
            AssertSameTensor(moved, $"layer2.0.shortcut.{tensor}", source, $"layer2.0.shortcut.{tensor}");
        }
        // Every tensor of the target network is there, and nothing else.
        using (var targetState = StateDict.FromModule(target.Network)) Assert.Equal(targetState.Names, moved.Weights.Names);
    }

    [Fact]
    public void The_stem_and_the_classifier_are_copied_as_they_are()
    {
        using var sourceModel = CifarResNet("32");
        using var target = CifarResNet("20");
        using var source = RandomTicket(sourceModel, 3);
        using var moved = Move(new SqueezeLastTransformer(), source, sourceModel, target);
        foreach (var name in new[] { "stem.conv.weight", "stem.bn.weight", "stem.bn.bias", "stem.bn.running_mean", "stem.bn.running_var", "fc.weight", "fc.bias" })
        {
            AssertSameTensor(moved, name, source, name);
        }
        // The output layer was left unmasked in the source, so it is in the target.
        Assert.False(moved.Mask.Tensors.ContainsKey("fc.weight"));
    }

    [Fact]
    public void The_density_is_computed_from_the_moved_mask()
    {
        using var sourceModel = CifarResNet("20");
        using var target = CifarResNet("32");
        using var source = RandomTicket(sourceModel, 4);
        using var moved = Move(new StretchAppendTransformer(), source, sourceModel, target);
        // By hand: every target masked tensor counts the kept weights of its source tensor.
        long kept = 0, total = 0;
        int[] sourceOf = [0, 1, 2, 1, 2];
        foreach (var name in moved.Mask.Names)
        {
            var parts = name.Split('.');
            var sourceName = parts[0].StartsWith("layer", StringComparison.Ordinal)
                ? string.Join('.', [parts[0], sourceOf[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)].ToString(System.Globalization.CultureInfo.InvariantCulture), .. parts[2..]])
                : name;
            using var count = source.Mask[sourceName].count_nonzero();
            kept += count.item<long>();
            total += source.Mask[sourceName].numel();
        }
        Assert.Equal((double)kept / total, moved.Density);
        Assert.NotEqual(source.Density, moved.Density);
    }

    [Fact]
    public void Four_stage_resnets_stretch_stage_by_stage()
    {
        using var sourceModel = ResNet("18");
        using var target = ResNet("26");
        using var source = RandomTicket(sourceModel, 5);
        using var moved = Move(new StretchInterpolateTransformer(), source, sourceModel, target);
        // [2, 2, 2, 2] -> [2, 3, 4, 3]: block 1 of each stage fills all the others.
        AssertSameTensor(moved, "layer3.3.conv2.weight", source, "layer3.1.conv2.weight");
        AssertSameTensor(moved, "layer4.2.bn1.running_var", source, "layer4.1.bn1.running_var");
        AssertSameTensor(moved, "layer4.0.shortcut.conv.weight", source, "layer4.0.shortcut.conv.weight");
    }

    [Fact]
    public void Vgg_units_are_the_blocks_of_its_stages()
    {
        using var sourceModel = CifarVgg("16");
        using var target = CifarVgg("19");
        using var source = RandomTicket(sourceModel, 6);
        using var moved = Move(new StretchAppendTransformer(), source, sourceModel, target);
        // Stages 3-5 grow from 3 units to 4: B0 B1 B2 B1.
        AssertSameTensor(moved, "layer3.3.conv.weight", source, "layer3.1.conv.weight");
        AssertSameTensor(moved, "layer5.3.bn.running_mean", source, "layer5.1.bn.running_mean");
        AssertSameTensor(moved, "layer1.1.conv.bias", source, "layer1.1.conv.bias");
        AssertSameTensor(moved, "fc.weight", source, "fc.weight");
    }

    [Fact]
    public void Tickets_do_not_move_across_families_or_to_depths_the_rules_forbid()
    {
        using var resnet = CifarResNet("8");
        using var deeper = CifarResNet("14");
        using var vgg = CifarVgg("11");
        using var ticket = RandomTicket(resnet, 7);
        Assert.Contains("cannot move a ticket of cifar-resnet to cifar-vgg",
            Assert.Throws<ArgumentException>(() => Move(new StretchAppendTransformer(), ticket, resnet, vgg)).Message);
        Assert.Contains("stage 1 (layer1): cannot stretch 1 source block into 2",
            Assert.Throws<ArgumentException>(() => Move(new StretchAppendTransformer(), ticket, resnet, deeper)).Message);
        var mapping = new BlockMappingTransformer(new BlockMappingOptions { Mapping = "0:0,1" });
        Assert.Contains("stage 1 (layer1): target block 1 is filled by source block 0",
            Assert.Throws<ArgumentException>(() => Move(mapping, ticket, resnet, deeper)).Message);
    }

    [Fact]
    public void The_plugin_registers_the_five_transformers()
    {
        var registry = new Lottery.Plugins.Tests.RecordingRegistry();
        new ElasticPlugin().Register(registry);
        Assert.Equal(["block-mapping", "stretch-append", "stretch-interpolate", "squeeze-last", "squeeze-interleave"], registry.Registered.Select(r => r.Name));
        Assert.All(registry.Registered, r => Assert.Equal(typeof(Lottery.Contracts.Transform.ITicketTransformer), r.Contract));
    }
}
