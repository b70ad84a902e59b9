"""The benchmark's networks in PyTorch, layer for layer as the vision plugin builds them (same modules, same
order, same in-place ops, same initialisation), so the three implementations run the same computation."""
import torch
from torch import nn

CIFAR_RESNET_STAGES = {"resnet20": [(16, 3), (32, 3), (64, 3)]}
RESNET_STAGES = {"resnet18": [(64, 2), (128, 2), (256, 2), (512, 2)]}
VGG_STAGES = {"vgg16": [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]]}


class LeNet(nn.Module):
    def __init__(self, inputs, classes, hidden):
        super().__init__()
        layers = [nn.Flatten()]
        width = inputs
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, classes))
        self.layers = nn.Sequential(*layers)

    def forward(self, x):
        return self.layers(x)


class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut = None
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential()
            self.shortcut.add_module("conv", nn.Conv2d(cin, cout, 1, stride=stride, bias=False))
            self.shortcut.add_module("bn", nn.BatchNorm2d(cout))

    def forward(self, x):
        hidden = self.bn1(self.conv1(x)).relu_()
        out = self.bn2(self.conv2(hidden))
        out.add_(x if self.shortcut is None else self.shortcut(x))
        return out.relu_()


class ConvUnit(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, padding=1)
        self.bn = nn.BatchNorm2d(cout)

    def forward(self, x):
        return self.bn(self.conv(x)).relu_()


def _head(seq, channels, classes):
    seq.add_module("avgpool", nn.AdaptiveAvgPool2d((1, 1)))
    seq.add_module("flatten", nn.Flatten())
    seq.add_module("fc", nn.Linear(channels, classes))


def _residual(stages, channels_in, classes):
    seq = nn.Sequential()
    stem = nn.Sequential()
    stem.add_module("conv", nn.Conv2d(channels_in, stages[0][0], 3, padding=1, bias=False))
    stem.add_module("bn", nn.BatchNorm2d(stages[0][0]))
    stem.add_module("relu", nn.ReLU(inplace=True))
    seq.add_module("stem", stem)
    channels = stages[0][0]
    for s, (width, blocks) in enumerate(stages):
        layer = []
        for b in range(blocks):
            layer.append(BasicBlock(channels, width, 2 if s > 0 and b == 0 else 1))
            channels = width
        seq.add_module(f"layer{s + 1}", nn.Sequential(*layer))
    _head(seq, channels, classes)
    return seq


def _vgg(stages, channels_in, classes):
    seq = nn.Sequential()
    channels = channels_in
    for s, widths in enumerate(stages):
        units = []
        for width in widths:
            units.append(ConvUnit(channels, width))
            channels = width
        seq.add_module(f"layer{s + 1}", nn.Sequential(*units))
        if s < len(stages) - 1:
            seq.add_module(f"pool{s + 1}", nn.MaxPool2d(2))
    _head(seq, channels, classes)
    return seq


def _open_lth_init(network, bn_uniform):
    for m in network.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.kaiming_normal_(m.weight)
        elif isinstance(m, nn.BatchNorm2d):
            if bn_uniform:
                nn.init.uniform_(m.weight, 0, 1)
            else:
                nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)


def build(name):
    """The network and its input shape (C, H, W), 10 classes, as the vision plugin's defaults build it."""
    if name == "lenet":
        return LeNet(784, 10, [300, 100]), (1, 28, 28)
    if name in CIFAR_RESNET_STAGES:
        network = _residual(CIFAR_RESNET_STAGES[name], 3, 10)
        _open_lth_init(network, bn_uniform=True)
    elif name in RESNET_STAGES:
        network = _residual(RESNET_STAGES[name], 3, 10)
        _open_lth_init(network, bn_uniform=False)
    elif name in VGG_STAGES:
        network = _vgg(VGG_STAGES[name], 3, 10)
        _open_lth_init(network, bn_uniform=True)
    else:
        raise ValueError(f"unknown model '{name}'")
    return network, (3, 32, 32)


def prunable(network):
    """Every conv and linear weight, in module order; the last is the output layer."""
    return [f"{n}.weight" for n, m in network.named_modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
