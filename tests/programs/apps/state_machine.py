# A vending-machine state machine using enums, match, and a transition table; invalid transitions raise.
import enum
class State(enum.Enum):
    IDLE = "idle"
    HAS_COIN = "has coin"
    VENDING = "vending"
    OUT_OF_STOCK = "out of stock"
class InvalidTransition(Exception):
    pass
class Machine:
    def __init__(self, stock):
        self.state = State.IDLE if stock else State.OUT_OF_STOCK
        self.stock = stock
        self.coins = 0
        self.history = [self.state.name]
    def _go(self, new):
        self.state = new
        self.history.append(new.name)
    def handle(self, event):
        match (self.state, event):
            case (State.IDLE, "coin"):
                self.coins += 1
                self._go(State.HAS_COIN)
            case (State.HAS_COIN, "coin"):
                raise InvalidTransition("already has a coin")
            case (State.HAS_COIN, "refund"):
                self.coins -= 1
                self._go(State.IDLE)
            case (State.HAS_COIN, "push"):
                self._go(State.VENDING)
                self.stock -= 1
                self._go(State.IDLE if self.stock else State.OUT_OF_STOCK)
            case (State.OUT_OF_STOCK, _):
                raise InvalidTransition(f"out of stock, cannot {event}")
            case (state, ev):
                raise InvalidTransition(f"{ev!r} not allowed in {state.value}")
m = Machine(stock=2)
for ev in ["push", "coin", "coin", "push", "coin", "refund", "coin", "push", "coin"]:
    try:
        m.handle(ev)
        print(f"{ev:>6}: now {m.state.value}")
    except InvalidTransition as e:
        print(f"{ev:>6}: rejected ({e})")
print(m.history, m.coins, m.stock)
