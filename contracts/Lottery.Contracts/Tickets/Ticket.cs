using Lottery.Contracts.Architectures;

namespace Lottery.Contracts.Tickets;

/// <summary>Where a ticket came from: the experiment, the IMP level, the method that made it.</summary>
public sealed record TicketProvenance(string Experiment, int Level, string Method, string? Source = null);

/// <summary>
/// A lottery ticket: an architecture, its weights (the rewind weights for training, or trained ones),
/// and the mask of kept weights. Owns its weights and mask.
/// </summary>
public sealed record Ticket(ArchitectureSpec Architecture, StateDict Weights, Mask Mask, TicketProvenance Provenance) : IDisposable
{
    public double Density => Mask.Density;

    public void Dispose()
    {
        Weights.Dispose();
        Mask.Dispose();
    }
}
