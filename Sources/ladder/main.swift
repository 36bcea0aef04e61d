import LadderCore

print("ladder")
