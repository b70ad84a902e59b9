namespace Lottery.Torch.Optim;

/// <summary>
/// One parameter group in a saved <see cref="OptimizerState"/>: how many parameters it had (parameters are
/// numbered across groups in order), its hyperparameters as named numbers, and a schedule's initial lr if set.
/// </summary>
public sealed record ParamGroupState(int ParameterCount, IReadOnlyDictionary<string, double> Hyperparameters, double? InitialLr);
