using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Tests;

/// <summary>Masks written out by hand: one flat keep pattern per tensor name.</summary>
public static class Masks
{
    public static Mask Of(params (string name, bool[] keep)[] tensors)
    {
        using var scope = NewDisposeScope();
        return new Mask(tensors.Select(t => KeyValuePair.Create(t.name, tensor(t.keep))));
    }
}
