using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Transform;

/// <summary>The source ticket with its network's description, and the freshly built target network.</summary>
public sealed record TransformContext(Ticket Source, ArchitectureModel SourceModel, ArchitectureModel Target);

/// <summary>Makes a ticket for the target network from the source ticket. The caller owns the result.</summary>
public interface ITicketTransformer
{
    Ticket Transform(TransformContext context);
}
