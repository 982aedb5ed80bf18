# A small domain model: classes, properties, exceptions, sorting and formatted reports.
from dataclasses import dataclass, field
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")
        self.account, self.amount = account, amount
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0.0):
        acct = self.accounts[owner] = Account(owner)
        if initial:
            acct.deposit(initial)
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def report(self):
        for a in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print(f"{a.owner:<8}{a.balance:>10.2f}  {len(a.history)} ops")
        print(f"{'total':<8}{sum(a.balance for a in self.accounts.values()):>10.2f}")
bank = Bank()
bank.open("ann", 100)
bank.open("bob", 50.5)
bank.open("cy")
bank.transfer("ann", "cy", 30)
bank.transfer("bob", "ann", 0.5)
for args in [("cy", "bob", 100), ("zed", "ann", 1), ("ann", "bob", -5)]:
    try:
        bank.transfer(*args)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| short by", round(e.amount - e.account.balance, 2))
    except KeyError as e:
        print("no such account", e)
    except ValueError as e:
        print("ValueError:", e)
bank.report()
print(bank.accounts["ann"].history)
print(bank.accounts["bob"])
