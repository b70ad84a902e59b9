using Lottery.Contracts.Tickets;
using Lottery.Contracts.Transform;

namespace Lottery.Plugins.Elastic;

/// <summary>A ticket transformer that moves the ticket by a block mapping it makes for the networks' stages.</summary>
public abstract class MappingTransformer(string name) : ITicketTransformer
{
    /// <summary>The mapping this strategy gives these stages (ArgumentException naming the stage where it has none).</summary>
    public abstract BlockMapping Mapping(IReadOnlyList<StageDepth> stages);

    public Ticket Transform(TransformContext context) => TicketMover.Move(context, Mapping(TicketMover.Stages(context)), name);
}

/// <summary>A transformer whose mapping is generated stage by stage (see <see cref="GeneratedMappings"/>).</summary>
public abstract class GeneratedMappingTransformer(string name, Func<StageDepth, int[]> generate) : MappingTransformer(name)
{
    public override BlockMapping Mapping(IReadOnlyList<StageDepth> stages) =>
        new(stages.Select(stage => (IReadOnlyList<int>)generate(stage)).ToList());
}
