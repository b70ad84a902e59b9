using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;

namespace Lottery.Contracts.Tests;

public sealed class TicketTests
{
    [Fact]
    public void Has_its_masks_density_and_frees_its_weights_and_mask_when_disposed()
    {
        var live = LiveTensorCount;
        var weights = new StateDict([KeyValuePair.Create("w", zeros(4))]);
        var mask = Masks.Of(("w", [true, false, false, false]));
        var ticket = new Ticket(new ArchitectureSpec("lenet", "300-100", [1, 28, 28], 10), weights, mask, new TicketProvenance("test", 1, "imp"));

        Assert.Equal(0.25, ticket.Density);
        ticket.Dispose();

        Assert.Equal(live, LiveTensorCount);
        Assert.Equal(0, weights.Count);
        Assert.Empty(mask.Names);
    }
}
