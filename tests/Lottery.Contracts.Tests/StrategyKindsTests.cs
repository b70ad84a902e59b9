using Lottery.Contracts.Plugins;
using Lottery.Contracts.Pruning;

namespace Lottery.Contracts.Tests;

public sealed class StrategyKindsTests
{
    [Fact]
    public void Every_kind_has_one_contract_that_leads_back_to_it()
    {
        var contracts = Enum.GetValues<StrategyKind>().Select(StrategyKinds.ContractOf).ToList();

        Assert.Equal(contracts.Count, contracts.Distinct().Count());
        Assert.Equal(Enum.GetValues<StrategyKind>(), contracts.Select(StrategyKinds.Of));
        Assert.Equal(StrategyKind.Pruner, StrategyKinds.Of(typeof(IPruner)));
    }

    [Fact]
    public void Display_names_are_kebab_case()
    {
        Assert.Equal(
            ["architecture", "dataset", "pruner", "ticket-transformer", "pool-interpolator", "mask-updater"],
            Enum.GetValues<StrategyKind>().Select(kind => kind.DisplayName()));
    }

    [Fact]
    public void A_type_that_is_no_contract_is_refused_with_the_contracts_named()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyKinds.Of(typeof(string)));

        Assert.Contains("System.String is not a strategy contract", error.Message);
        Assert.Contains("IPruner", error.Message);
    }
}
