package dk.skoletjenesten.katalog.cli;

public final class Main {
  public static void main(String[] args) {}
}
